package retroshield.cpu;

/**
 * The unprefixed opcodes as a table of 256 handlers, indexed by opcode.
 */
final class MainOpcodes {

    /** Executes one opcode on the CPU (its fetch already counted). */
    interface Handler {
        void run(Z80MainOps cpu);
    }

    static final Handler[] TABLE = {
        Z80MainOps::op00, Z80MainOps::op01, Z80MainOps::op02, Z80MainOps::op03, Z80MainOps::op04, Z80MainOps::op05, Z80MainOps::op06, Z80MainOps::op07,
        Z80MainOps::op08, Z80MainOps::op09, Z80MainOps::op0A, Z80MainOps::op0B, Z80MainOps::op0C, Z80MainOps::op0D, Z80MainOps::op0E, Z80MainOps::op0F,
        Z80MainOps::op10, Z80MainOps::op11, Z80MainOps::op12, Z80MainOps::op13, Z80MainOps::op14, Z80MainOps::op15, Z80MainOps::op16, Z80MainOps::op17,
        Z80MainOps::op18, Z80MainOps::op19, Z80MainOps::op1A, Z80MainOps::op1B, Z80MainOps::op1C, Z80MainOps::op1D, Z80MainOps::op1E, Z80MainOps::op1F,
        Z80MainOps::op20, Z80MainOps::op21, Z80MainOps::op22, Z80MainOps::op23, Z80MainOps::op24, Z80MainOps::op25, Z80MainOps::op26, Z80MainOps::op27,
        Z80MainOps::op28, Z80MainOps::op29, Z80MainOps::op2A, Z80MainOps::op2B, Z80MainOps::op2C, Z80MainOps::op2D, Z80MainOps::op2E, Z80MainOps::op2F,
        Z80MainOps::op30, Z80MainOps::op31, Z80MainOps::op32, Z80MainOps::op33, Z80MainOps::op34, Z80MainOps::op35, Z80MainOps::op36, Z80MainOps::op37,
        Z80MainOps::op38, Z80MainOps::op39, Z80MainOps::op3A, Z80MainOps::op3B, Z80MainOps::op3C, Z80MainOps::op3D, Z80MainOps::op3E, Z80MainOps::op3F,
        Z80MainOps::op40, Z80MainOps::op41, Z80MainOps::op42, Z80MainOps::op43, Z80MainOps::op44, Z80MainOps::op45, Z80MainOps::op46, Z80MainOps::op47,
        Z80MainOps::op48, Z80MainOps::op49, Z80MainOps::op4A, Z80MainOps::op4B, Z80MainOps::op4C, Z80MainOps::op4D, Z80MainOps::op4E, Z80MainOps::op4F,
        Z80MainOps::op50, Z80MainOps::op51, Z80MainOps::op52, Z80MainOps::op53, Z80MainOps::op54, Z80MainOps::op55, Z80MainOps::op56, Z80MainOps::op57,
        Z80MainOps::op58, Z80MainOps::op59, Z80MainOps::op5A, Z80MainOps::op5B, Z80MainOps::op5C, Z80MainOps::op5D, Z80MainOps::op5E, Z80MainOps::op5F,
        Z80MainOps::op60, Z80MainOps::op61, Z80MainOps::op62, Z80MainOps::op63, Z80MainOps::op64, Z80MainOps::op65, Z80MainOps::op66, Z80MainOps::op67,
        Z80MainOps::op68, Z80MainOps::op69, Z80MainOps::op6A, Z80MainOps::op6B, Z80MainOps::op6C, Z80MainOps::op6D, Z80MainOps::op6E, Z80MainOps::op6F,
        Z80MainOps::op70, Z80MainOps::op71, Z80MainOps::op72, Z80MainOps::op73, Z80MainOps::op74, Z80MainOps::op75, Z80MainOps::op76, Z80MainOps::op77,
        Z80MainOps::op78, Z80MainOps::op79, Z80MainOps::op7A, Z80MainOps::op7B, Z80MainOps::op7C, Z80MainOps::op7D, Z80MainOps::op7E, Z80MainOps::op7F,
        Z80MainOps::op80, Z80MainOps::op81, Z80MainOps::op82, Z80MainOps::op83, Z80MainOps::op84, Z80MainOps::op85, Z80MainOps::op86, Z80MainOps::op87,
        Z80MainOps::op88, Z80MainOps::op89, Z80MainOps::op8A, Z80MainOps::op8B, Z80MainOps::op8C, Z80MainOps::op8D, Z80MainOps::op8E, Z80MainOps::op8F,
        Z80MainOps::op90, Z80MainOps::op91, Z80MainOps::op92, Z80MainOps::op93, Z80MainOps::op94, Z80MainOps::op95, Z80MainOps::op96, Z80MainOps::op97,
        Z80MainOps::op98, Z80MainOps::op99, Z80MainOps::op9A, Z80MainOps::op9B, Z80MainOps::op9C, Z80MainOps::op9D, Z80MainOps::op9E, Z80MainOps::op9F,
        Z80MainOps::opA0, Z80MainOps::opA1, Z80MainOps::opA2, Z80MainOps::opA3, Z80MainOps::opA4, Z80MainOps::opA5, Z80MainOps::opA6, Z80MainOps::opA7,
        Z80MainOps::opA8, Z80MainOps::opA9, Z80MainOps::opAA, Z80MainOps::opAB, Z80MainOps::opAC, Z80MainOps::opAD, Z80MainOps::opAE, Z80MainOps::opAF,
        Z80MainOps::opB0, Z80MainOps::opB1, Z80MainOps::opB2, Z80MainOps::opB3, Z80MainOps::opB4, Z80MainOps::opB5, Z80MainOps::opB6, Z80MainOps::opB7,
        Z80MainOps::opB8, Z80MainOps::opB9, Z80MainOps::opBA, Z80MainOps::opBB, Z80MainOps::opBC, Z80MainOps::opBD, Z80MainOps::opBE, Z80MainOps::opBF,
        Z80MainOps::opC0, Z80MainOps::opC1, Z80MainOps::opC2, Z80MainOps::opC3, Z80MainOps::opC4, Z80MainOps::opC5, Z80MainOps::opC6, Z80MainOps::opC7,
        Z80MainOps::opC8, Z80MainOps::opC9, Z80MainOps::opCA, Z80MainOps::opCB, Z80MainOps::opCC, Z80MainOps::opCD, Z80MainOps::opCE, Z80MainOps::opCF,
        Z80MainOps::opD0, Z80MainOps::opD1, Z80MainOps::opD2, Z80MainOps::opD3, Z80MainOps::opD4, Z80MainOps::opD5, Z80MainOps::opD6, Z80MainOps::opD7,
        Z80MainOps::opD8, Z80MainOps::opD9, Z80MainOps::opDA, Z80MainOps::opDB, Z80MainOps::opDC, Z80MainOps::opDD, Z80MainOps::opDE, Z80MainOps::opDF,
        Z80MainOps::opE0, Z80MainOps::opE1, Z80MainOps::opE2, Z80MainOps::opE3, Z80MainOps::opE4, Z80MainOps::opE5, Z80MainOps::opE6, Z80MainOps::opE7,
        Z80MainOps::opE8, Z80MainOps::opE9, Z80MainOps::opEA, Z80MainOps::opEB, Z80MainOps::opEC, Z80MainOps::opED, Z80MainOps::opEE, Z80MainOps::opEF,
        Z80MainOps::opF0, Z80MainOps::opF1, Z80MainOps::opF2, Z80MainOps::opF3, Z80MainOps::opF4, Z80MainOps::opF5, Z80MainOps::opF6, Z80MainOps::opF7,
        Z80MainOps::opF8, Z80MainOps::opF9, Z80MainOps::opFA, Z80MainOps::opFB, Z80MainOps::opFC, Z80MainOps::opFD, Z80MainOps::opFE, Z80MainOps::opFF,
    };

    private MainOpcodes() {
    }
}
