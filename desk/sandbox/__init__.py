"""Local servers on 127.0.0.1 that behave like the real platforms (tests, `desk sandbox`, the demo)."""
