      PROGRAM CHARS
C     CHARACTER VARIABLES, CONCATENATION, SUBSTRINGS, INTRINSICS
      CHARACTER*8 A, B
      CHARACTER*20 C
      A = 'FORTRAN'
      B = '77'
      C = A // B
      PRINT *, C
      PRINT *, A(1:4), ' ', A(5:), LEN(C)
      C(1:3) = 'XYZ'
      PRINT *, C
      PRINT *, INDEX(A, 'TRAN'), ICHAR('A'), CHAR(66)
      IF (A .EQ. 'FORTRAN') PRINT *, 'EQUAL'
      IF ('ABC' .LT. 'ABD') PRINT *, 'LESS'
      END
