      PROGRAM INTRIN
C     INTRINSIC FUNCTIONS
      PRINT *, ABS(-3), ABS(-2.5), IABS(-7)
      PRINT *, INT(3.9), INT(-3.9), NINT(3.5), NINT(-3.5)
      PRINT *, REAL(3), FLOAT(4), MOD(-7, 3), MOD(7.5, 2.0)
      PRINT *, MAX(1, 5, 3), MIN(4.0, 2.0), SIGN(3, -1), DIM(5, 2)
      PRINT *, SIGN(2.5, 1.0), DIM(1.0, 4.0)
      END
