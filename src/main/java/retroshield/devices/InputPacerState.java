package retroshield.devices;

/**
 * What input pacing is waiting for, as a value (part of {@link SerialHostState}): the wait
 * (0 nothing, 1 the echo, 2 a line end or prompt), when it began, what was seen since.
 */
public record InputPacerState(int waitingFor, long waitStart, boolean outputSeen, int awaited, boolean lineEndEchoed,
        long lastOutput, byte[] prompt, int promptMatched, boolean promptSeen, long timeouts) {

    /** Nothing awaited. */
    public static final InputPacerState IDLE = new InputPacerState(0, 0, false, -1, false, 0, new byte[0], 0, false, 0);

    public InputPacerState {
        if (waitingFor < 0 || waitingFor > 2) {
            throw new IllegalArgumentException("damaged: input pacing wait " + waitingFor + " is not 0, 1 or 2");
        }
        if (promptMatched < 0 || promptMatched > prompt.length) {
            throw new IllegalArgumentException("damaged: prompt match " + promptMatched + " beyond the prompt");
        }
        prompt = prompt.clone();
    }

    @Override
    public byte[] prompt() {
        return prompt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputPacerState s && waitingFor == s.waitingFor && waitStart == s.waitStart && outputSeen == s.outputSeen
                && awaited == s.awaited && lineEndEchoed == s.lineEndEchoed && lastOutput == s.lastOutput
                && java.util.Arrays.equals(prompt, s.prompt) && promptMatched == s.promptMatched
                && promptSeen == s.promptSeen && timeouts == s.timeouts;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(waitingFor, waitStart, outputSeen, awaited, lastOutput, promptMatched);
    }
}
