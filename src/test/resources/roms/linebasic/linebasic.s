; linebasic.s - a test ROM that takes input the way Grant Searle's 8251 build of BASIC does
; on the RetroShield, without being BASIC (written for this project's tests):
;   - Intel 8251 at data $00 / control $01, receive interrupt (IM 1, RST 38h) into a ring
;     buffer of 63 bytes; bytes arriving while it is full are dropped;
;   - no flow control: RTS stays asserted (command $37), and like that build it writes
;     $D6 / $96 to port $80, where no chip answers (a leftover of the 6850 build);
;   - a line editor that echoes each key, CR echoed as CR LF, backspace erases;
;   - a numbered line is stored (slowly: a delay per character and per stored line, as a
;     tokeniser and a line search would take), with no reply;
;   - LIST prints the stored lines, NEW forgets them, RUN "executes" them: each statement
;     takes a while, prints the text of a PRINT "..." statement, and between statements a
;     break check takes one typed key from the buffer (Ctrl+C stops), swallowing any other;
;   - after a command, "Ok" CR LF; an unknown command prints "?SN Error".
; Memory: ROM $0000-$1FFF; RAM $2000 ring buffer and variables, $2100 line buffer,
; stack below $2300, program text from $2400 up to $FEFF.
; Build: sdasz80 -o linebasic.rel linebasic.s; sdldz80 -i linebasic.ihx linebasic.rel;
;        makebin -s 8192 linebasic.ihx linebasic.bin  (LineBasicRom.java does this).

        .area   _HEADER (ABS)

DATA    = 0x00
CTRL    = 0x01
RING    = 0x2000            ; 64-byte ring, at most 63 bytes used
RD      = 0x2040            ; read index
WR      = 0x2041            ; write index
COUNT   = 0x2042            ; bytes in the ring
PEND    = 0x2044            ; word: end of the program text
LINE    = 0x2100            ; line buffer, 72 characters
LINEMAX = 72
STACK   = 0x2300
PROG    = 0x2400
PROGTOP = 0xFE00

        .org    0x0000
        di
        ld      sp,#STACK
        jp      start

        .org    0x0038
isr:    push    af
        push    hl
        in      a,(DATA)
        ld      l,a
        ld      a,(COUNT)
        cp      #63
        jr      nc,isr_drop         ; full: the byte is lost
        inc     a
        ld      (COUNT),a
        ld      a,(WR)
        ld      h,a
        inc     a
        and     #63
        ld      (WR),a
        ld      a,l
        ld      l,h
        ld      h,#0x20             ; RING high byte
        ld      (hl),a
isr_drop:
        pop     hl
        pop     af
        ei
        reti

start:  xor     a
        ld      (RD),a
        ld      (WR),a
        ld      (COUNT),a
        ld      hl,#PROG
        ld      (PEND),hl
        ld      a,#0x4E             ; mode: async x16, 8 bits, no parity, 1 stop
        out     (CTRL),a
        ld      a,#0x37             ; command: TxEN, DTR, RxE, ER, RTS - RTS never changes
        out     (CTRL),a
        ld      a,#0xD6             ; the 6850 build's "RTS low, receive interrupt" ...
        out     (0x80),a            ; ... written where no chip answers
        im      1
        ei
        ld      hl,#banner
        call    puts
ready:  ld      hl,#ok
        call    puts

; ---- read a line into LINE, B = length ----
readln: ld      hl,#LINE
        ld      b,#0
rl_key: call    getc
        cp      #13
        jr      z,rl_end
        cp      #8
        jr      z,rl_bs
        cp      #127
        jr      z,rl_bs
        cp      #32
        jr      c,rl_key            ; other control keys are ignored
        ld      c,a
        ld      a,b
        cp      #LINEMAX
        jr      nc,rl_key           ; line full: the key is ignored
        ld      a,c
        ld      (hl),a
        inc     hl
        inc     b
        call    putc
        jr      rl_key
rl_bs:  ld      a,b
        or      a
        jr      z,rl_key
        dec     hl
        dec     b
        ld      a,#8
        call    putc
        ld      a,#32
        call    putc
        ld      a,#8
        call    putc
        jr      rl_key
rl_end: ld      (hl),#13
        call    crlf
        ld      a,b
        or      a
        jr      z,readln            ; empty line: read another
        ld      a,(LINE)
        cp      #'0
        jr      c,command
        cp      #'9+1
        jr      nc,command

; ---- store a numbered line (B characters + CR) at PEND ----
        push    bc
        ld      c,b
        ld      b,#0
        inc     c                   ; with its CR
        ld      hl,(PEND)
        add     hl,bc
        ld      de,#PROGTOP
        or      a
        sbc     hl,de
        jr      nc,full
        ld      de,(PEND)
        ld      hl,#LINE
        ldir
        ld      (PEND),de
        pop     bc
        call    tokenise_delay
        jr      readln
full:   pop     bc
        ld      hl,#om
        call    puts
        jp      ready

; ---- commands ----
command:
        ld      de,#w_list
        call    match
        jr      z,list
        ld      de,#w_run
        call    match
        jr      z,run
        ld      de,#w_new
        call    match
        jr      z,new
        ld      hl,#sn
        call    puts
        jp      ready

new:    ld      hl,#PROG
        ld      (PEND),hl
        jp      ready

list:   ld      hl,#PROG
li_next:
        ld      de,(PEND)
        or      a
        push    hl
        sbc     hl,de
        pop     hl
        jp      nc,ready
li_char:
        ld      a,(hl)
        inc     hl
        cp      #13
        jr      z,li_eol
        call    putc
        jr      li_char
li_eol: call    crlf
        jr      li_next

run:    ld      hl,#PROG
ru_next:
        ld      de,(PEND)
        or      a
        push    hl
        sbc     hl,de
        pop     hl
        jp      nc,ready
        ld      bc,#400             ; a statement takes about 400 x 26 T-states
ru_work:
        dec     bc
        ld      a,b
        or      c
        jr      nz,ru_work
        call    statement           ; HL past the line's CR afterwards
        ld      a,(COUNT)           ; break check: a key typed meanwhile is taken
        or      a
        jr      z,ru_next
        call    getc
        cp      #3
        jr      nz,ru_next          ; any other key is swallowed
        ld      hl,#brk
        call    puts
        jp      ready

; HL at a stored line: skip the number and one space; PRINT "text" prints text.
statement:
st_num: ld      a,(hl)
        cp      #'0
        jr      c,st_sp
        cp      #'9+1
        jr      nc,st_sp
        inc     hl
        jr      st_num
st_sp:  cp      #32
        jr      nz,st_kw
        inc     hl
st_kw:  ld      de,#w_print
        ld      b,#7
st_cmp: ld      a,(de)
        cp      (hl)
        jr      nz,st_skip
        inc     de
        inc     hl
        djnz    st_cmp
st_prt: ld      a,(hl)
        inc     hl
        cp      #13
        jr      z,st_done
        cp      #34
        jr      z,st_q
        call    putc
        jr      st_prt
st_q:   call    crlf
st_skip:
        ld      a,(hl)
        inc     hl
        cp      #13
        jr      nz,st_skip
        ret
st_done:
        call    crlf
        ret

; Z when the line (B characters at LINE) is the word at DE (zero-terminated).
match:  ld      hl,#LINE
        ld      c,b
ma_loop:
        ld      a,(de)
        or      a
        jr      z,ma_end
        cp      (hl)
        ret     nz
        inc     de
        inc     hl
        dec     c
        jr      nz,ma_loop
        ld      a,(de)              ; line ended: the word must end too
        or      a
        ret
ma_end: ld      a,c                 ; word ended: so must the line
        or      a
        ret

; The time a tokeniser and a line search take: 60 x 26 T per character and
; about 40 T per byte of program stored.
tokenise_delay:
        push    bc
        ld      c,b
        ld      b,#0
td_char:
        push    bc
        ld      bc,#60
td_loop:
        dec     bc
        ld      a,b
        or      c
        jr      nz,td_loop
        pop     bc
        dec     c
        jr      nz,td_char
        ld      hl,(PEND)
        ld      de,#PROG
        or      a
        sbc     hl,de
        srl     h                   ; program bytes / 4 ...
        rr      l
        srl     h
        rr      l
        inc     hl
td_prog:
        dec     hl                  ; ... x 26 T
        ld      a,h
        or      l
        jr      nz,td_prog
        pop     bc
        ret

; ---- serial ----
getc:   ld      a,(COUNT)
        or      a
        jr      z,getc
        di
        push    hl
        ld      a,(RD)
        ld      l,a
        inc     a
        and     #63
        ld      (RD),a
        ld      h,#0x20
        ld      a,(COUNT)
        dec     a
        ld      (COUNT),a
        ld      a,(hl)
        pop     hl
        ei
        ret

putc:   push    af
pu_wait:
        in      a,(CTRL)
        and     #1                  ; TxRDY
        jr      z,pu_wait
        pop     af
        out     (DATA),a
        ret

crlf:   ld      a,#13
        call    putc
        ld      a,#10
        jp      putc

puts:   ld      a,(hl)
        or      a
        ret     z
        call    putc
        inc     hl
        jr      puts

banner: .ascii  "LINEBASIC test ROM"
        .db     13,10,0
ok:     .ascii  "Ok"
        .db     13,10,0
sn:     .ascii  "?SN Error"
        .db     13,10,0
om:     .ascii  "?OM Error"
        .db     13,10,0
brk:    .ascii  "Break"
        .db     13,10,0
w_list: .ascii  "LIST"
        .db     0
w_run:  .ascii  "RUN"
        .db     0
w_new:  .ascii  "NEW"
        .db     0
w_print:
        .ascii  "PRINT "
        .db     34
