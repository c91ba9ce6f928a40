      PROGRAM UNITS
C     SUBROUTINES, FUNCTIONS, ARGUMENTS BY REFERENCE, COMMON, STATEMENT FUNCTIONS
      INTEGER N, FACT
      REAL A(5), TOTAL, SQ
      COMMON /BLK/ TOTAL
      SQ(X) = X * X
      N = 5
      PRINT *, 'FACT', FACT(N)
      DO 10 I = 1, 5
         A(I) = I
   10 CONTINUE
      CALL SUMUP(A, 5)
      PRINT *, 'TOTAL', TOTAL
      CALL DOUBLE(A(2))
      PRINT *, 'A2', A(2)
      CALL SWAP(A(1), A(5))
      PRINT *, A(1), A(5)
      PRINT *, 'SQ', SQ(3.0), SQ(A(1))
      END
      INTEGER FUNCTION FACT(K)
      INTEGER K, I
      FACT = 1
      DO 10 I = 2, K
         FACT = FACT * I
   10 CONTINUE
      END
      SUBROUTINE SUMUP(B, M)
      INTEGER M
      REAL B(M), TOTAL
      COMMON /BLK/ TOTAL
      TOTAL = 0
      DO 10 I = 1, M
         TOTAL = TOTAL + B(I)
   10 CONTINUE
      END
      SUBROUTINE DOUBLE(X)
      X = X * 2
      RETURN
      END
      SUBROUTINE SWAP(P, Q)
      T = P
      P = Q
      Q = T
      END
