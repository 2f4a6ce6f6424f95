// An uncaught Error subclass reports its class name.
class ValidationError extends Error { constructor(m) { super(m); this.name = "ValidationError"; } }
throw new ValidationError("invalid input");
// expect runtime error: ValidationError: invalid input
