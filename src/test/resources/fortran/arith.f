      PROGRAM ARITH
C     INTEGER AND REAL ARITHMETIC, MIXED MODE, POWERS, PRECEDENCE
      INTEGER I, J
      REAL X, Y
      DOUBLE PRECISION D
      I = 7
      J = 2
      PRINT *, I + J, I - J, I * J, I / J, -I / J, MOD(I, J)
      PRINT *, I ** J, 2 ** 10, (-2) ** 3, -2 ** 2
      X = 1.5
      Y = 0.25
      PRINT *, X + Y, X - Y, X * Y, X / Y
      PRINT *, X + I, I / 2 * X, I / 2.0
      PRINT *, X ** 2, 4.0 ** 2, 2.0 ** (-2)
      D = 1.0D0 / 3.0D0
      PRINT *, D * 3.0D0, 2.0D0 ** 3
      PRINT *, 1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4)
      PRINT *, 100000 * 1000, -2147483647 - 1
      END
