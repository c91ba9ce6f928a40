C     A CARD DECK: SEQUENCE NUMBERS IN COLUMNS 73-80, HOLLERITH TEXT    CARD0010
      PROGRAM CARDS                                                     CARD0020
      REAL X                                                            CARD0030
      X = 2.5                                                           CARD0040
      PRINT 200                                                         CARD0050
  200 FORMAT (1X, 10HHOLLERITH!, 2X, 5Hmixed, 3('*'), /, 1X, 'NEXT')    CARD0060
      DO 10 I = 1, 2                                                    CARD0070
   10 WRITE (*, 210) I, X * I                                           CARD0080
  210 FORMAT (1X, 2HI=, I2, 4H, X=, F6.2)                               CARD0090
      END                                                               CARD0100
