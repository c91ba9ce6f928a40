; crc32bench: a CP/M stand-in for ZEXDOC as a speed workload for the Z80 core (see docs/z80-core.md).
; Fills 12 KB at 4000h with (low byte ^ high byte) of each address, builds the CRC-32 table, then
; runs a table-driven CRC-32 over the 12 KB 1080 times (about 5.0 billion T-states) with the kind
; of code ZEXDOC's CRC routine is made of (CALL/RET, PUSH/POP, LD A,(DE), XOR, JP NZ, INC/DEC,
; plus (IX+d) loads and stores), and prints the CRC (CRC32 of the data repeated 1080 times).
; The pass count is the operand of the LD HL,nn at file offset 85 (CpmCrc32BenchTest patches it).
; Build: sdasz80 -o crc32bench.rel crc32bench.s && sdldz80 -i crc32bench.ihx crc32bench.rel
;        makebin -p crc32bench.ihx /dev/stdout | tail -c +257 > crc32bench.com
        .module crc32bench
        .area CRCPROG (ABS)
        .org 0x0100
BDOS    = 5
DATA    = 0x4000
TABLE   = 0x7000
start:  ld sp,#0xE000
        ; fill DATA with (low ^ high) of each address
        ld hl,#DATA
        ld bc,#0x3000
fill:   ld a,l
        xor h
        ld (hl),a
        inc hl
        dec bc
        ld a,b
        or c
        jr nz,fill
        ; build the table, entries little-endian
        ld ix,#TABLE
        ld b,#0
mkent:  ld l,b
        ld h,#0
        ld de,#0
        ld c,#8
mkbit:  srl d
        rr e
        rr h
        rr l
        jr nc,mknox
        ld a,d
        xor #0xED
        ld d,a
        ld a,e
        xor #0xB8
        ld e,a
        ld a,h
        xor #0x83
        ld h,a
        ld a,l
        xor #0x20
        ld l,a
mknox:  dec c
        jr nz,mkbit
        ld 0(ix),l
        ld 1(ix),h
        ld 2(ix),e
        ld 3(ix),d
        inc ix
        inc ix
        inc ix
        inc ix
        inc b
        jr nz,mkent
        ld hl,#1080
        ld (passes),hl
pass:   ld hl,#DATA
        ld bc,#0x3000
loop:   ld a,(hl)
        push hl
        push bc
        call updcrc
        pop bc
        pop hl
        inc hl
        dec bc
        ld a,b
        or c
        jp nz,loop
        ld hl,(passes)
        dec hl
        ld (passes),hl
        ld a,h
        or l
        jp nz,pass
        ; print the complement of crc as 8 hex digits, high byte first
        ld hl,#crcval+3
        ld b,#4
prt:    ld a,(hl)
        cpl
        push hl
        push bc
        call hexa
        pop bc
        pop hl
        dec hl
        djnz prt
        ld de,#crlf
        ld c,#9
        call BDOS
        jp 0
updcrc: ld hl,#crcval
        xor (hl)
        ld l,a
        ld h,#0
        add hl,hl
        add hl,hl
        ld de,#TABLE
        add hl,de
        ex de,hl
        ld ix,#crcval
        ld a,(de)
        xor 1(ix)
        ld 0(ix),a
        inc de
        ld a,(de)
        xor 2(ix)
        ld 1(ix),a
        inc de
        ld a,(de)
        xor 3(ix)
        ld 2(ix),a
        inc de
        ld a,(de)
        ld 3(ix),a
        ret
hexa:   push af
        rrca
        rrca
        rrca
        rrca
        call hexn
        pop af
hexn:   and #0x0F
        add a,#0x90
        daa
        adc a,#0x40
        daa
        ld e,a
        ld c,#2
        jp BDOS
crlf:   .ascii "\r\n$"
passes: .dw 0
crcval: .db 0xFF,0xFF,0xFF,0xFF
