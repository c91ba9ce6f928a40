      PROGRAM SUMLP
C     BENCHMARK 1: NESTED DO LOOPS SUMMING REALS (10,000 ADDITIONS)
      REAL S
      S = 0.0
      DO 20 I = 1, 100
         DO 10 J = 1, 100
            S = S + 0.5
   10    CONTINUE
   20 CONTINUE
      PRINT *, S
      END
