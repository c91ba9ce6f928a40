C     TEXTBOOK IDIOMS: ADJUSTABLE AND ASSUMED-SIZE ARRAYS, CHARACTER*(*),
C     LOGICAL FUNCTIONS, STRING ORDER, CONTINUATION LINES, PRINT WITH FORMAT
      PROGRAM BOOK
      INTEGER N
      PARAMETER (N = 3)
      REAL A(N,N), B(N,N), C(N,N), T(5)
      CHARACTER*8 NAMES(5)
      LOGICAL ISPRIM
      INTEGER I, J
      DATA NAMES /'PEAR', 'APPLE', 'FIG', 'BANANA', 'CHERRY'/
      DATA T /3.5, -1.25, 8.0, 0.5, 2.75/
      DO 20 I = 1, N
         DO 10 J = 1, N
            A(I,J) = I + J
            B(I,J) = I - J
   10    CONTINUE
   20 CONTINUE
      CALL MATMUL(A, B, C, N)
      PRINT 100, ((C(I,J), J = 1, N), I = 1, N)
  100 FORMAT (1X, 3F8.2)
      CALL SORTR(T, 5)
      PRINT 110, T
  110 FORMAT (1X, 'SORTED:', 5F7.2)
      CALL SORTC(NAMES, 5)
      DO 30 I = 1, 5
         CALL SHOUT(NAMES(I))
   30 CONTINUE
      PRINT *, 'PRIMES:', (I, I = 2, 30)
      WRITE (*, 120) (I, ISPRIM(I), I = 1, 12)
  120 FORMAT (1X, 6(I3, L2))
      PRINT *, 'LONGER THAN A LINE: ', 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 +
     &   9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20,
     &   ' DONE'
      IF ('ABC' .LT. 'ABD' .AND. 'Z' .GT. 'A ' .AND. 'AB' .EQ. 'AB  ')
     &   PRINT *, 'STRING ORDER OK'
      CALL TABLE
      PRINT *, 'END OF BOOK'
      END

      SUBROUTINE MATMUL(A, B, C, N)
      INTEGER N, I, J, K
      REAL A(N,N), B(N,N), C(N,N), S
      DO 30 I = 1, N
         DO 20 J = 1, N
            S = 0.0
            DO 10 K = 1, N
               S = S + A(I,K) * B(K,J)
   10       CONTINUE
            C(I,J) = S
   20    CONTINUE
   30 CONTINUE
      END

      SUBROUTINE SORTR(X, N)
      INTEGER N, I, J
      REAL X(*), TMP
      DO 20 I = 1, N - 1
         DO 10 J = 1, N - I
            IF (X(J) .GT. X(J+1)) THEN
               TMP = X(J)
               X(J) = X(J+1)
               X(J+1) = TMP
            END IF
   10    CONTINUE
   20 CONTINUE
      END

      SUBROUTINE SORTC(S, N)
      INTEGER N, I, J
      CHARACTER*(*) S(N)
      CHARACTER*20 TMP
      DO 20 I = 1, N - 1
         DO 10 J = 1, N - I
            IF (S(J) .GT. S(J+1)) THEN
               TMP = S(J)
               S(J) = S(J+1)
               S(J+1) = TMP
            END IF
   10    CONTINUE
   20 CONTINUE
      END

      SUBROUTINE SHOUT(S)
      CHARACTER*(*) S
      INTEGER L
      L = LEN(S)
   10 IF (L .GT. 1 .AND. S(L:L) .EQ. ' ') THEN
         L = L - 1
         GO TO 10
      END IF
      PRINT *, S(1:L), ' HAS ', L, ' LETTERS, FIRST ', S(1:1),
     &   ' CODE ', ICHAR(S(1:1)) - ICHAR('A') + 1
      END

      LOGICAL FUNCTION ISPRIM(N)
      INTEGER N, K
      ISPRIM = N .GE. 2
      DO 10 K = 2, N - 1
         IF (K * K .GT. N) RETURN
         IF (MOD(N, K) .EQ. 0) THEN
            ISPRIM = .FALSE.
            RETURN
         END IF
   10 CONTINUE
      END

      SUBROUTINE TABLE
      INTEGER IC
      REAL FAHR
      WRITE (*, 200)
  200 FORMAT (/1X, 'CELSIUS  FAHRENHEIT'/1X, 19('-'))
      DO 10 IC = -40, 100, 20
         FAHR = 9.0 / 5.0 * IC + 32.0
         WRITE (*, 210) IC, FAHR
  210    FORMAT (1X, I7, F12.1)
   10 CONTINUE
      END
