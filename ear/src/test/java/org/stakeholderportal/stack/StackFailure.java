package org.stakeholderportal.stack;

/** Something the person starting the stack must fix; the message says what and how. */
public class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }

    public StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
