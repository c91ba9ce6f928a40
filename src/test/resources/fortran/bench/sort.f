      PROGRAM SORT
C     BENCHMARK 2: SHELL SORT OF 1,000 REALS
      INTEGER N, I, J, GAP
      PARAMETER (N = 1000)
      REAL A(N), T
      DO 10 I = 1, N
         A(I) = MOD(I * 7919 + 13, 1009) / 10.0
   10 CONTINUE
      GAP = N / 2
   20 IF (GAP .GT. 0) THEN
         DO 40 I = GAP + 1, N
            T = A(I)
            J = I
   30       IF (J .GT. GAP) THEN
               IF (A(J - GAP) .GT. T) THEN
                  A(J) = A(J - GAP)
                  J = J - GAP
                  GO TO 30
               END IF
            END IF
            A(J) = T
   40    CONTINUE
         GAP = GAP / 2
         GO TO 20
      END IF
      DO 50 I = 2, N
         IF (A(I - 1) .GT. A(I)) PRINT *, 'NOT SORTED AT', I
   50 CONTINUE
      PRINT *, A(1), A(500), A(N)
      END
