package retroshield.cpu;

import static retroshield.cpu.FlagTables.CF;
import static retroshield.cpu.FlagTables.HF;
import static retroshield.cpu.FlagTables.NF;
import static retroshield.cpu.FlagTables.PARITY;
import static retroshield.cpu.FlagTables.PF;
import static retroshield.cpu.FlagTables.SF;
import static retroshield.cpu.FlagTables.SZ53;
import static retroshield.cpu.FlagTables.SZ53P;
import static retroshield.cpu.FlagTables.SZPF;
import static retroshield.cpu.FlagTables.XYF;
import static retroshield.cpu.FlagTables.ZF;

/**
 * The arithmetic and logic of the Z80: every operation computes its result and all eight flag
 * bits (including the undocumented X and Y), and records the flags it wrote in {@code q}.
 */
abstract class Z80Alu extends Z80Base {

    Z80Alu(Bus bus) {
        super(bus);
    }

    // ---- 8-bit arithmetic on A ----

    final void add8(int v) {
        int r = a + v;
        int rb = r & 0xFF;
        f = SZ53[rb] | ((a ^ v ^ r) & HF) | (((a ^ ~v) & (a ^ r) & 0x80) >>> 5) | (r >>> 8);
        q = f;
        a = rb;
    }

    final void adc8(int v) {
        int r = a + v + (f & CF);
        int rb = r & 0xFF;
        f = SZ53[rb] | ((a ^ v ^ r) & HF) | (((a ^ ~v) & (a ^ r) & 0x80) >>> 5) | (r >>> 8);
        q = f;
        a = rb;
    }

    final void sub8(int v) {
        int r = a - v;
        int rb = r & 0xFF;
        f = SZ53[rb] | NF | ((a ^ v ^ r) & HF) | (((a ^ v) & (a ^ r) & 0x80) >>> 5) | ((r >> 8) & CF);
        q = f;
        a = rb;
    }

    final void sbc8(int v) {
        int r = a - v - (f & CF);
        int rb = r & 0xFF;
        f = SZ53[rb] | NF | ((a ^ v ^ r) & HF) | (((a ^ v) & (a ^ r) & 0x80) >>> 5) | ((r >> 8) & CF);
        q = f;
        a = rb;
    }

    final void and8(int v) {
        a &= v;
        f = SZ53P[a] | HF;
        q = f;
    }

    final void xor8(int v) {
        a ^= v;
        f = SZ53P[a];
        q = f;
    }

    final void or8(int v) {
        a |= v;
        f = SZ53P[a];
        q = f;
    }

    /** CP: like SUB without storing; X and Y come from the operand. */
    final void cp8(int v) {
        int r = a - v;
        int rb = r & 0xFF;
        f = (SZ53[rb] & (SF | ZF)) | (v & XYF) | NF | ((a ^ v ^ r) & HF)
                | (((a ^ v) & (a ^ r) & 0x80) >>> 5) | ((r >> 8) & CF);
        q = f;
    }

    /** ALU operation 0..7 (ADD ADC SUB SBC AND XOR OR CP) with operand v. */
    final void alu(int op, int v) {
        switch (op) {
            case 0: add8(v); break;
            case 1: adc8(v); break;
            case 2: sub8(v); break;
            case 3: sbc8(v); break;
            case 4: and8(v); break;
            case 5: xor8(v); break;
            case 6: or8(v); break;
            default: cp8(v); break;
        }
    }

    final int inc8(int v) {
        int r = (v + 1) & 0xFF;
        f = (f & CF) | SZ53[r] | (r == 0x80 ? PF : 0) | ((r & 0x0F) == 0 ? HF : 0);
        q = f;
        return r;
    }

    final int dec8(int v) {
        int r = (v - 1) & 0xFF;
        f = (f & CF) | NF | SZ53[r] | (r == 0x7F ? PF : 0) | ((v & 0x0F) == 0 ? HF : 0);
        q = f;
        return r;
    }

    // ---- accumulator rotates and misc ----

    final void rlca() {
        a = ((a << 1) | (a >>> 7)) & 0xFF;
        f = (f & SZPF) | (a & (XYF | CF));
        q = f;
    }

    final void rrca() {
        int carry = a & CF;
        a = ((a >>> 1) | (a << 7)) & 0xFF;
        f = (f & SZPF) | (a & XYF) | carry;
        q = f;
    }

    final void rla() {
        int r = ((a << 1) | (f & CF)) & 0xFF;
        f = (f & SZPF) | (r & XYF) | (a >>> 7);
        q = f;
        a = r;
    }

    final void rra() {
        int r = (a >>> 1) | ((f & CF) << 7);
        f = (f & SZPF) | (r & XYF) | (a & CF);
        q = f;
        a = r;
    }

    final void daa() {
        int carry = f & CF;
        int diff = 0;
        if ((f & HF) != 0 || (a & 0x0F) > 9) {
            diff = 0x06;
        }
        if (carry != 0 || a > 0x99) {
            diff |= 0x60;
        }
        if (a > 0x99) {
            carry = CF;
        }
        if ((f & NF) != 0) {
            sub8(diff);
        } else {
            add8(diff);
        }
        f = (f & ~(CF | PF)) | carry | PARITY[a];
        q = f;
    }

    final void cpl() {
        a ^= 0xFF;
        f = (f & (SZPF | CF)) | HF | NF | (a & XYF);
        q = f;
    }

    /** SCF: X and Y follow the Zilog rule ((Q ^ F) | A). */
    final void scf() {
        f = (f & SZPF) | CF | (((prevQ ^ f) | a) & XYF);
        q = f;
    }

    final void ccf() {
        int oldCarry = f & CF;
        f = (f & SZPF) | (oldCarry != 0 ? HF : CF) | (((prevQ ^ f) | a) & XYF);
        q = f;
    }

    final void neg() {
        int v = a;
        a = 0;
        sub8(v);
    }

    // ---- 16-bit arithmetic ----

    /** ADD HL/IX/IY,rr: returns the sum; S, Z and P/V kept. */
    final int add16(int x, int v) {
        int r = x + v;
        wz = (x + 1) & 0xFFFF;
        f = (f & SZPF) | ((r >>> 8) & XYF) | (((x ^ v ^ r) >>> 8) & HF) | (r >>> 16);
        q = f;
        cycles += 7;
        return r & 0xFFFF;
    }

    final void adc16(int v) {
        int x = pairHL();
        int r = x + v + (f & CF);
        int rw = r & 0xFFFF;
        wz = (x + 1) & 0xFFFF;
        f = ((rw >>> 8) & (SF | XYF)) | (rw == 0 ? ZF : 0) | (((x ^ v ^ r) >>> 8) & HF)
                | (((x ^ ~v) & (x ^ r) & 0x8000) >>> 13) | (r >>> 16);
        q = f;
        setHl(rw);
        cycles += 7;
    }

    final void sbc16(int v) {
        int x = pairHL();
        int r = x - v - (f & CF);
        int rw = r & 0xFFFF;
        wz = (x + 1) & 0xFFFF;
        f = ((rw >>> 8) & (SF | XYF)) | (rw == 0 ? ZF : 0) | NF | (((x ^ v ^ r) >>> 8) & HF)
                | (((x ^ v) & (x ^ r) & 0x8000) >>> 13) | ((r >> 16) & CF);
        q = f;
        setHl(rw);
        cycles += 7;
    }

    // ---- CB group: rotates, shifts, BIT ----

    /** Rotate/shift operation 0..7 (RLC RRC RL RR SLA SRA SLL SRL) on v; sets flags. */
    final int rotate(int op, int v) {
        switch (op) {
            case 0: return rlc(v);
            case 1: return rrc(v);
            case 2: return rl(v);
            case 3: return rr(v);
            case 4: return sla(v);
            case 5: return sra(v);
            case 6: return sll(v);
            default: return srl(v);
        }
    }

    /** Flags of a CB rotate or shift with result r and carry out c (0 or 1). */
    private int shifted(int r, int c) {
        f = SZ53P[r] | c;
        q = f;
        return r;
    }

    final int rlc(int v) {
        return shifted(((v << 1) | (v >>> 7)) & 0xFF, v >>> 7);
    }

    final int rrc(int v) {
        return shifted(((v >>> 1) | (v << 7)) & 0xFF, v & 1);
    }

    final int rl(int v) {
        return shifted(((v << 1) | (f & CF)) & 0xFF, v >>> 7);
    }

    final int rr(int v) {
        return shifted((v >>> 1) | ((f & CF) << 7), v & 1);
    }

    final int sla(int v) {
        return shifted((v << 1) & 0xFF, v >>> 7);
    }

    final int sra(int v) {
        return shifted((v >>> 1) | (v & 0x80), v & 1);
    }

    /** SLL (undocumented): shift left, bit 0 set. */
    final int sll(int v) {
        return shifted(((v << 1) | 1) & 0xFF, v >>> 7);
    }

    final int srl(int v) {
        return shifted(v >>> 1, v & 1);
    }

    /** BIT n,v: X and Y come from {@code xy} (the operand, or MEMPTR's high byte). */
    final void bit(int n, int v, int xy) {
        int t = v & (1 << n);
        f = (f & CF) | HF | (xy & XYF) | (t == 0 ? (ZF | PF) : 0) | (t & SF);
        q = f;
    }
}
