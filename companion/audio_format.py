"""The one audio format inside the companion: 16 kHz mono int16, in frames
of 512 samples (32 ms), the size Silero VAD reads. Defined once here."""
SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512
FRAME_MS = FRAME_SAMPLES * 1000 // SAMPLE_RATE
