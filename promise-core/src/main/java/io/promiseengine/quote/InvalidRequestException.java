package io.promiseengine.quote;

/** A request refused: the message names the field ({@code lines[0].quantity}, {@code destination}, ...). */
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The path of the refused field. */
    public String field() {
        return field;
    }
}
