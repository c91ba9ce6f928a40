      program idioms
      implicit double precision (a-h, o-z)
      character*20 line, word
      character*5 upcase
      integer count
      dimension v(5)
      common // total, count
      save
      data v / 1.0d0, 2.0d0, 3.0d0, 4.0d0, 5.0d0 /
      line = 'hello, fortran world'
      k = index(line, ',')
      word = line(1:k-1)
      line(1:5) = 'HOWDY'
      write (6, *) word, '|', line
      write (6, '(1x, a)') upcase('mixed')
      total = 0
      count = 0
      do 10 x = 0.5d0, 2.5d0, 0.5d0
         call accum(x)
   10 continue
      write (6, 100) total, count
  100 format (1x, 'total', f10.4, ' count', i3)
      s = 0
      do 20 i = 1, 5
         if (v(i) .lt. 2) then
            s = s + v(i)
         else if (v(i) .lt. 4) then
            s = s + 10 * v(i)
         else
            s = s + 100 * v(i)
         end if
   20 continue
      write (6, *) 's =', s
      write (6, '(1x, 3g14.6)') 1.0d-3, 12345.678d0, 1.0d10
      j = iabs(-7) + max0(3, 9) + int(2.9d0) + nint(2.5d0)
      write (6, *) j, mod(17, 5), 2**10, 17/5, -17/5
      end

      subroutine accum(x)
      double precision x, total
      integer count
      common // total, count
      total = total + x * x
      count = count + 1
      end

      character*5 function upcase(s)
      character*(*) s
      integer i, c
      upcase = s
      do 10 i = 1, len(s)
         c = ichar(s(i:i))
         if (c .ge. ichar('a') .and. c .le. ichar('z'))
     &      upcase(i:i) = char(c - 32)
   10 continue
      end
