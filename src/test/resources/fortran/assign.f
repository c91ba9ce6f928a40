C     ASSIGN AND ASSIGNED GO TO: A STATE MACHINE, AND A FORMAT CHOSEN AT RUN TIME
      PROGRAM ASSIGN
      INTEGER NEXT, IFMT, I, N
      N = 0
      ASSIGN 10 TO NEXT
      DO 50 I = 1, 6
         GO TO NEXT, (10, 20, 30)
   10    N = N + 1
         ASSIGN 20 TO NEXT
         GO TO 50
   20    N = N + 10
         ASSIGN 30 TO NEXT
         GO TO 50
   30    N = N + 100
         ASSIGN 10 TO NEXT
   50 CONTINUE
      PRINT *, 'STATES', N
      ASSIGN 100 TO IFMT
      WRITE (*, IFMT) 'PI', 3.14159
      ASSIGN 200 TO IFMT
      WRITE (*, IFMT) 'E', 2.71828
  100 FORMAT (1X, A, ' = ', F8.5)
  200 FORMAT (1X, A, ' IS ABOUT ', F4.1)
      ASSIGN 300 TO I
      GO TO I
      PRINT *, 'NOT HERE'
  300 PRINT *, 'DONE'
      END
