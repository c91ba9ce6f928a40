      PROGRAM MATH
C     REAL AND DOUBLE PRECISION INTRINSICS, REAL POWERS, G FORMAT
      REAL X, PI
      DOUBLE PRECISION D
      X = 2.0
      PI = 4.0 * ATAN(1.0)
      PRINT *, SQRT(X), EXP(1.0), LOG(10.0), LOG10(1000.0)
      PRINT *, SIN(PI / 6.0), COS(0.0), TAN(PI / 4.0)
      PRINT *, ASIN(1.0), ACOS(0.5), ATAN2(1.0, 1.0)
      PRINT *, X ** 0.5, 10.0 ** 3, 2.0 ** (-1)
      D = DSQRT(2.0D0)
      PRINT *, D, DBLE(1.5) * 2
      PRINT *, AINT(2.7), ANINT(2.5), AINT(-2.7)
      WRITE(*, '(1X, G12.5, G12.5)') 3.14159, 12345.6
      END
