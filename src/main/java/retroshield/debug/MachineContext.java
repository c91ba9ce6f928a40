package retroshield.debug;

import retroshield.cpu.Z80State;
import retroshield.machine.Machine;

/** Conditions and log messages evaluated against the live machine (and the access being made). */
final class MachineContext implements EvalContext {

    private final Machine machine;
    private Z80State state;
    private int accessValue;
    private int accessAddress;

    MachineContext(Machine machine) {
        this.machine = machine;
    }

    /** Takes the registers now; call before evaluating. */
    MachineContext at(int address, int value) {
        state = machine.cpu().state();
        accessAddress = address;
        accessValue = value;
        return this;
    }

    @Override
    public int register(Register register) {
        return register.of(state);
    }

    @Override
    public int readByte(int address) {
        return machine.memory().read(address);
    }

    @Override
    public int accessValue() {
        return accessValue;
    }

    @Override
    public int accessAddress() {
        return accessAddress;
    }
}
