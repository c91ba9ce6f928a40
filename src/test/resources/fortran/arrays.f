      PROGRAM ARRAYS
C     ARRAYS WITH BOUNDS, DIMENSION, 2-D, DATA, IMPLIED DO
      INTEGER A(5), B(0:2, -1:1), I, J
      REAL V(3)
      DIMENSION W(2, 3)
      DATA V /1.5, 2.5, 3.5/
      DATA (A(I), I = 1, 5) /5*0/
      DO 10 I = 1, 5
         A(I) = I * I
   10 CONTINUE
      PRINT *, A
      DO 20 I = 0, 2
         DO 20 J = -1, 1
            B(I, J) = 10 * I + J
   20 CONTINUE
      PRINT *, B(2, -1), B(0, 1), B(1, 0)
      PRINT *, (V(I), I = 3, 1, -1)
      DO 30 J = 1, 3
         DO 30 I = 1, 2
            W(I, J) = I + J / 10.0
   30 CONTINUE
      WRITE(*, '(3F6.1)') ((W(I, J), J = 1, 3), I = 1, 2)
      END
