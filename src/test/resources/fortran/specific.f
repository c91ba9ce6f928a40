C     THE SPECIFIC INTRINSIC NAMES OF FORTRAN 77 (TABLE 5) BEYOND THE GENERIC ONES
      PROGRAM SPECIF
      DOUBLE PRECISION D, E
      REAL X
      INTEGER I
      X = 0.75
      D = 0.75D0
      WRITE (*, 100) SINH(X), COSH(X), TANH(X)
      WRITE (*, 100) SINH(-2.5), COSH(-2.5), TANH(-2.5)
      WRITE (*, 100) SINH(0.001), TANH(30.0), COSH(0.0)
      WRITE (*, 110) DSINH(D), DCOSH(D), DTANH(D)
      WRITE (*, 120) IDINT(3.7D0), IDIM(3, 5), IDIM(5, 3),
     &   MAX1(1.5, 2.5), MIN1(2.5, 1.5)
      WRITE (*, 100) AMAX0(1, 7, 3), AMIN0(4, 3), DMAX1(1.0D0, 2.0D0),
     &   DMIN1(1D0, 2D0)
      WRITE (*, 110) DINT(-2.7D0), DNINT(2.5D0), DSIGN(1.5D0, -2.0D0)
      WRITE (*, 110) DDIM(5.0D0, 3.25D0), DDIM(1.0D0, 3.0D0),
     &   DPROD(2.5, 4.0)
      WRITE (*, 110) DLOG10(1000.0D0), DTAN(1.0D0), DASIN(0.5D0)
      WRITE (*, 110) DACOS(0.5D0), DATAN2(1.0D0, -1.0D0)
      E = DPROD(X, X)
      WRITE (*, 110) E
      I = 0
      IF (LGE('abc', 'ABC')) I = I + 1
      IF (LGT('B', 'A')) I = I + 10
      IF (LLE('A', 'A ')) I = I + 100
      IF (LLT('Z', 'A')) I = I + 1000
      WRITE (*, 120) I
  100 FORMAT (1X, 4F14.7)
  110 FORMAT (1X, 3F22.16)
  120 FORMAT (1X, 5I6)
      END
