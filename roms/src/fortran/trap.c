/* trap.c - run-time jumps that are not in the byte code: the ERR=, END= and IOSTAT=
 * of an I/O statement, labels stored by ASSIGN, procedures passed as arguments. */
#include "vm.h"

uint8_t io_trap;
int8_t io_status;
const char *io_msg;
jmp_buf io_jmp;
uint8_t *trap_pc, trap_frames;
val_t *trap_vsp;

/* an ASSIGNed label is the address of its statement (or FORMAT text) marked in the
 * high half, so that an ordinary integer is never taken for one */
#define LABEL_MARK 0x4C41

/* after a trapped I/O statement: operands flags (1 = IOSTAT given), ERR label, END label */
uint8_t *io_resume(uint8_t *pc)
{
    uint16_t err = RDW(pc + 1), end = RDW(pc + 3);
    uint8_t quiet = pc[0];
    io_trap = 0;
    if (io_status > 0) {
        if (err)
            return W2P(err);
        if (!quiet)
            rt_error(io_msg);
    } else if (io_status < 0) {
        if (end)
            return W2P(end);
        if (!quiet)
            rt_error("end of file");
    }
    return pc + 5;
}

int32_t label_value(uint8_t *pc)
{
    return ((int32_t)LABEL_MARK << 16) | RDW(pc);
}

/* the unit a dummy procedure argument holds */
unit_t *proc_unit(void *p, uint8_t kind)
{
    unit_t *u;
    for (u = units; u; u = u->next)
        if (u == p && u->kind == kind)
            return u;
    rt_error("not a procedure of that kind");
    return 0;
}

/* the code (first = OP_LINE) or FORMAT text (first = '(') an ASSIGNed variable holds */
uint8_t *assigned_label(int32_t v, uint8_t first)
{
    uint8_t *p = W2P((uint16_t)v);
    if ((uint16_t)(v >> 16) != LABEL_MARK || *p != first)
        rt_error("label not assigned");
    return p;
}

/* the operations of these: run by vm_run's loop */
void trap_op(uint8_t op)
{
    val_t *v;
    sym_t *s;
    unit_t *u;
    uint8_t n;
    switch (op) {
    case OP_IOTRAP:                 /* resume address, values to drop on an error */
        trap_pc = fptr();
        trap_vsp = vsp - f8();
        trap_frames = nframes;
        io_status = 0;
        io_trap = 1;
        break;
    case OP_IOSTATUS:
        push_int(io_status);
        break;
    case OP_IOJUMP:
        pc = io_resume(pc);
        break;
    case OP_PUSHLAB:
        push_int(label_value(pc));
        pc += 2;
        break;
    case OP_PUSHU:                  /* a procedure as an argument */
        v = push();
        v->t = T_INT | 0x80;
        v->p = fptr();
        break;
    case OP_CALLD:                  /* a call through a dummy procedure */
        s = fptr();
        n = f8();
        u = proc_unit(s->addr, f8());
        pc = call(u, n, pc);
        break;
    case OP_JMPVAR:                 /* assigned GO TO */
        pc = assigned_label(pop_int(), OP_LINE);
        break;
    }
}
