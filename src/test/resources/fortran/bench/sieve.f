      PROGRAM SIEVE
C     BENCHMARK 3: SIEVE OF ERATOSTHENES, PRIMES BELOW 8192
      INTEGER N, I, K, COUNT
      PARAMETER (N = 8191)
      LOGICAL FLAGS(N)
      DO 10 I = 1, N
         FLAGS(I) = .TRUE.
   10 CONTINUE
      COUNT = 0
      DO 30 I = 2, N
         IF (FLAGS(I)) THEN
            COUNT = COUNT + 1
            DO 20 K = I + I, N, I
               FLAGS(K) = .FALSE.
   20       CONTINUE
         END IF
   30 CONTINUE
      PRINT *, COUNT
      END
