      PROGRAM FMTOUT
C     FORMATTED OUTPUT
      INTEGER I
      REAL X
      DOUBLE PRECISION D
      LOGICAL L
      I = 42
      X = 3.14159
      D = 2.5D0
      L = .TRUE.
      WRITE(*, 10) I, I, X, X, D
   10 FORMAT(1X, I5, 1X, I5.4, 1X, F8.3, 1X, E12.4, 1X, D10.3)
      WRITE(*, 20) 'NAME', L, -I
   20 FORMAT(1X, A, 2X, L2, 2X, I4)
      WRITE(*, 30) (I, I = 1, 5)
   30 FORMAT(1X, 2I3)
      WRITE(*, 40) 1.5, 2.5
   40 FORMAT(1X, 'X=', F5.2, /, 1X, 'Y=', F5.2)
      WRITE(*, '(1X, 3(I2, 1X))') 1, 2, 3
      WRITE(*, 50) 12345
   50 FORMAT(1X, I3)
      PRINT 60, 7
   60 FORMAT(1X, 'SEVEN=', I1)
      WRITE(*, '(1X, 5HHELLO, T10, I3)') 9
      END
