C     EQUIVALENCE: ARRAYS, DOUBLE/REAL, CHARACTER SUBSTRINGS, COMMON, 2-D AS 1-D
      PROGRAM EQV
      REAL A(4), B(2)
      INTEGER IA(2)
      DOUBLE PRECISION D
      REAL R(2)
      CHARACTER*8 WORD
      CHARACTER*4 HALF1, HALF2
      CHARACTER*1 LETTER(8)
      COMMON /BLK/ X, Y, Z
      REAL W(3)
      EQUIVALENCE (A(3), B(1)), (D, R(1))
      EQUIVALENCE (WORD, HALF1), (WORD(5:8), HALF2), (LETTER, WORD)
      EQUIVALENCE (W(1), X)
      INTEGER M(2,3), L(6)
      EQUIVALENCE (M, L)
      DO 10 I = 1, 4
         A(I) = I * 1.5
   10 CONTINUE
      PRINT *, B(1), B(2)
      B(2) = 99.0
      PRINT *, A(4)
      WORD = 'ABCDEFGH'
      PRINT *, HALF1, ' ', HALF2, ' ', LETTER(3), LETTER(8)
      HALF2 = 'WXYZ'
      PRINT *, WORD
      X = 1.0
      Y = 2.0
      Z = 3.0
      PRINT *, W(1), W(2), W(3)
      CALL SHOW
      DO 20 J = 1, 3
      DO 20 I = 1, 2
         M(I,J) = 10 * I + J
   20 CONTINUE
      PRINT *, (L(K), K = 1, 6)
      END
      SUBROUTINE SHOW
      COMMON /BLK/ P, Q, S
      PRINT *, P + Q + S
      END
