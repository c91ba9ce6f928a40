#!/usr/bin/env python3
"""Host tests of the MINT core: feeds lines to host/mint_host, checks the reply.

Each case is (lines, expected): all lines are typed (Enter = CR) into a fresh
interpreter; `expected` must equal the output printed after the LAST line was
echoed, up to the next prompt (CR LF pairs written as \\n).
With MINT_ROM=path/to/mint.bin the same cases run on the Z80 image (host/romsim).
"""
import subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "mint_host")
ROM = os.environ.get("MINT_ROM")  # set: run the Z80 image through romsim instead

CASES = [
    # numbers and printing
    (["1 2 + ."], "3 "),
    (["#FF ."], "255 "),
    (["255 ,"], "00FF "),
    (["-786 ."], "-786 "),
    (["#FFFF ."], "-1 "),
    (["32767 1 + ."], "-32768 "),
    (["`hello world`"], "hello world"),
    (["100 x ! `The value of x is ` x ."], "The value of x is 100 "),
    # stack
    (["10 \" . ."], "10 10 "),
    (["20 30 ' ."], "20 "),
    (["40 50 $ . ."], "40 50 "),
    (["60 70 % . . ."], "60 70 60 "),
    (["1 2 3 /D ."], "3 "),
    (["/D ."], "0 "),
    # arithmetic and logic
    (["10 20 - ."], "-10 "),
    (["5 4 * ."], "20 "),
    (["300 300 * . /r ."], "24464 1 "),
    (["17 5 / . /r ."], "3 2 "),
    (["-7 2 / ."], "-3 "),
    (["3 0 = . 0 0 = ."], "0 1 "),
    (["1 2 < . 2 1 < . -1 0 < ."], "1 0 1 "),
    (["2 1 > . 1 2 > ."], "1 0 "),
    (["11 1 & ,"], "0001 "),
    (["1 {{{ 1 | ,"], "0009 "),
    (["1 {{ #F ^ #F & ,"], "000B "),
    (["0 ~ . 5 ~ ."], "-1 -6 "),
    (["8 } . #8000 } ,"], "4 4000 "),
    (["#FFFF 1 + . /c ."], "0 1 "),
    # variables
    (["10 a ! 20 b ! a b + z ! z ."], "30 "),
    (["#3FFF a !", "a ."], "16383 "),
    (["3 x! x 5 < (`true`)"], "true"),
    # arrays
    (["[ 1 2 3 ] 2? ."], "3 "),
    (["[ 1 2 3 4 5 ] /S ."], "5 "),
    (["[1 [2 3]] 1? 0? ."], "2 "),
    (["\\[1 2 3] /S ."], "3 "),
    (["\\[1 2 3] 1\\? ."], "2 "),
    (["[1 2 3] a! 9 a 1? ! a 1? . a 0? ."], "9 1 "),
    (["\\[1 2 3] a! 7 a 2\\? \\! a 2\\? ."], "7 "),
    (["10 /A \" b! 5 $ 0? ! b 0? ."], "5 "),
    # loops and conditionals
    (["10 (/i .)"], "0 1 2 3 4 5 6 7 8 9 "),
    (["10 (`x`)"], "xxxxxxxxxx"),
    (["0(`no`) 1(`yes`)"], "yes"),
    (["0t! 10( t 1+ t! ) t ."], "10 "),
    (["0t! /U(/i 4 < /W /i t 1+ t!) t ."], "4 "),
    (["0t! 2(2(/i /j + t + t! )) t ."], "4 "),
    (["3(2(/j . /i . `| `))"], "0 0 | 0 1 | 1 0 | 1 1 | 2 0 | 2 1 | "),
    (["10 x ! 20 y ! x y > ( `x bigger` ) /E ( `y bigger` )"], "y bigger"),
    (["18 a ! `This person ` a 17 > (`can`) /E (`cannot`) ` vote`"], "This person can vote"),
    (["1 (0(`a`)) /E (`else`) `done`"], "done"),
    # functions
    (["4 :F \" * ; F ."], "16 "),
    (["20 30 :F * ; F ."], "600 "),
    (["30 20 :F $ . . ; F"], "30 20 "),
    (["5 :F \" 1 > ( \" 1 - F * ) /E ( ' 1 ) ; F ."], "120 "),
    (["3 :F \" 1 > ( \" 1 - F * ) ; F ."], "6 "),
    (["/z /C :Q 1 ; /z /C"], "\x00Q"),
    (["48 18 :G b! a! /U( b /W a b / ' /r c! b a! c b! ) a . ; G"], "6 "),
    # anonymous functions
    ([":@ 1+ ; a!", "3 a /G ."], "4 "),
    (["[:@ `zero` ; :@ `one` ; :@ `two` ;] b!", "b 2? /G"], "two"),
    # multi-line entries
    ([":S", "1 2", "+ . ;", "S"], "3 "),
    (["3(", "/i .", ")"], "0 1 2 "),
    (["1 2 + // a comment", "."], "3 "),
    # errors do not stop the interpreter
    (["1 .", "@"], "Error: unknown operator @\n"),
    (["."], "Error: stack underflow\n"),
    (["/Y"], "Error: unknown operator /Y\n"),
    (["/Q"], "Error: no SD card\n"),
    (["Q"], "Error: undefined function Q\n"),
    (["1 0 /"], "Error: division by zero\n"),
    ([".", "1 2 + ."], "3 "),
    (["1 2 3 ]"], "Error: ] without [\n"),
    (["/U( 1 ) 5"], None),  # would loop forever: not run
    (["1 (", "\x03", "2 ."], "2 "),
    (["/U()", "\x03", "1 2 + ."], "3 "),
    (["/U(", "\x03", "4 ."], "4 "),
    ([":R R ; R"], "Error: calls nested too deep\n"),
    (["/U(1)"], "Error: stack overflow\n"),
    (["30000 /A ' 30000 /A"], "Error: out of memory\n"),
    ([":a 1 ;"], "Error: bad function name :a\n"),
    ([": 1 ;"], "Error: bad function name : \n"),
    (["1(" * 129 + ")" * 129], "Error: loops nested too deep\n"),
    (["1(" * 32 + "`deep`" + ")" * 32], "deep"),
    (["1 2 )"], "Error: ) without (\n"),
    ([":B /i . ; 3 ( B )"], "0 1 2 "),
    ([":C 2 ( /i /j + . ) ; 3 ( C )"], "0 1 1 2 2 3 "),
    ([":W 0 /W ; 3 ( W )"], "Error: /W outside a loop\n"),
    (["/W"], "Error: stack underflow\n"),
    (["1 /W"], ""),
    (["0 /W"], "Error: /W outside a loop\n"),
    (["1 2 3 .", "x\x08\x12 ."], "~> x\x08 \x08 .\n2 \n"),
    # utilities
    (["65 /C 66 /C /N 67 /C"], "AB\nC"),
    (["5 /I ."], "5 "),
    (["1 2 3", "/D ."], "3 "),
    (["1 2 3", "\x13"], "~> \nstack: 1 2 3 \n> \n"),
    ([":A 1 2 + ;", "\x0c"], "~> \n:A 1 2 + ;\n> \n"),
    (["1 2 3 .", "\x12"], "~> 1 2 3 .\n3 \n> 1 2 3 .\n3 \n> "),
    ([":A 1 2 + ;", "\x05A", "A ."], "~> :A 1 2 + ;\n> A .\n3 \n> "),
]


def run(lines):
    data = ("\r".join(lines) + "\r").encode("latin-1")
    cmd = [os.path.join(HERE, "romsim"), ROM] if ROM else [BIN]
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
    return p.stdout.decode("latin-1").replace("\r\n", "\n")


def reply(out, last):
    marker = "> " + last + "\n"
    i = out.rfind(marker)
    if i < 0:  # a continuation line of a multi-line entry
        marker = ".. " + last + "\n"
        i = out.rfind(marker)
    if i < 0:
        return None
    rest = out[i + len(marker):]
    j = rest.rfind("> ")
    return rest[:j] if j >= 0 else rest


def main():
    passed = failed = 0
    for lines, expected in CASES:
        if expected is None:
            continue
        out = run(lines)
        if expected.startswith("~"):  # the whole transcript must contain it
            ok = expected[1:] in out
            passed += ok
            failed += not ok
            if not ok:
                print("FAIL %r\n  expected to contain %r\n  got %r" % (lines, expected[1:], out))
            continue
        got = reply(out, lines[-1])
        if got is not None and got.endswith("\n") and not expected.endswith("\n"):
            got = got[:-1]
        if got == expected:
            passed += 1
        else:
            failed += 1
            print("FAIL %r\n  expected %r\n  got      %r" % (lines, expected, got))
    print("host tests: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
