      PROGRAM CONTRL
C     LOGICAL IF, ARITHMETIC IF, BLOCK IF, GOTO, COMPUTED GOTO, DO LOOPS
      INTEGER I, J, K, N
      N = 0
      DO 10 I = 1, 10
         IF (MOD(I, 2) .EQ. 0) N = N + I
   10 CONTINUE
      PRINT *, 'EVEN SUM', N
      DO 30 I = 1, 3
         DO 20 J = 1, 3
            N = N + I * J
   20    CONTINUE
   30 CONTINUE
      PRINT *, 'NESTED', N
      DO 40 I = 10, 1, -3
         PRINT *, 'DOWN', I
   40 CONTINUE
      K = 0
   50 K = K + 1
      IF (K .LT. 5) GO TO 50
      PRINT *, 'K', K
      DO 70 I = -1, 1
         IF (I) 60, 61, 62
   60    PRINT *, 'NEGATIVE'
         GO TO 70
   61    PRINT *, 'ZERO'
         GO TO 70
   62    PRINT *, 'POSITIVE'
   70 CONTINUE
      DO 90 I = 1, 3
         GO TO (81, 82, 83) I
   81    PRINT *, 'ONE'
         GO TO 90
   82    PRINT *, 'TWO'
         GO TO 90
   83    PRINT *, 'THREE'
   90 CONTINUE
      DO I = 1, 4
         IF (I .EQ. 1) THEN
            PRINT *, I, 'FIRST'
         ELSE IF (I .LE. 3) THEN
            PRINT *, I, 'MIDDLE'
         ELSE
            PRINT *, I, 'LAST'
         END IF
      END DO
      I = 1
      DO WHILE (I .LT. 100)
         I = I * 3
      END DO
      PRINT *, 'WHILE', I
      DO 100 I = 5, 1
         PRINT *, 'NEVER'
  100 CONTINUE
      PRINT *, 'AFTER EMPTY LOOP', I
      END
