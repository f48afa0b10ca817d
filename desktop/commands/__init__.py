"""The commands of the command line, one module per group, each with a `register(subparsers)`."""
