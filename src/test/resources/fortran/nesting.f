C     EXPRESSIONS NESTED DEEPLY: PARENTHESES, FUNCTION CALLS, SUBSCRIPTS
      PROGRAM NEST
      INTEGER K(3), I
      REAL X
      K(1) = 1
      K(2) = 2
      K(3) = 3
      I = ((((((((((((((((((((1+1)*2)+1+1)*2)+1+1)*2)+1+1)*2)+1+1)*2)+
     &    1+1)*2)+1+1)*2)+1+1)*2)+1+1)*2)+1+1)*2)+1
      PRINT *, I
      X = SQRT(ABS(SQRT(ABS(SQRT(ABS(SQRT(ABS(SQRT(ABS(SQRT(ABS(SQRT(
     &    ABS(SQRT(ABS(SQRT(ABS(SQRT(ABS(65536.0))))))))))))))))))))
      PRINT *, X
      I = K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(K(
     &    3)))))))))))))))))))))
      PRINT *, I
      I = 1+(2+(3+(4+(5+(6+(7+(8+(9+(10+(11+(12+(13+(14+(15+(16+(17+(
     &    18+(19+(20)))))))))))))))))))
      PRINT *, I
      PRINT *, MAX(1, MAX(2, MAX(3, MAX(4, MAX(5, MAX(6, MAX(7, MAX(8,
     &    MAX(9, MAX(10, MAX(11, MAX(12, MAX(13, MAX(14, MAX(15, MAX(
     &    16, MAX(17, MAX(18, MAX(19, 20)))))))))))))))))))
      PRINT *, -2**2, 2**3**2, 10-4-3, 7/2*2, 2*3/4, 8/2/2
      PRINT *, 1+2 .EQ. 3 .AND. .NOT. 2 .GT. 3, -2.0*(-3.0)
      PRINT *, .TRUE. .EQV. .FALSE. .OR. .TRUE., 'AB'//'CD' .EQ. 'ABCD'
      END
