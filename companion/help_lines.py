"""Where the safety message sends people, by locale (a language and region
such as en-GB): human help lines, emergency numbers, and help for danger from
someone. ``[safety]`` in config.toml adds to these."""
from __future__ import annotations

DEFAULT_HELP_LINES = {
    "default": "a local crisis line, or a friend or someone you trust nearby",
    "en-US": "the 988 Suicide and Crisis Lifeline, by calling or texting 988",
    "en-CA": "the 988 Suicide Crisis Helpline, by calling or texting 988",
    "en-GB": "the Samaritans, free on 116 123",
    "en-IE": "the Samaritans, free on 116 123",
    "en-AU": "Lifeline on 13 11 14",
    "en-NZ": "Lifeline on 0800 543 354, or by texting 4357",
}
DEFAULT_EMERGENCY = {
    "default": "your local emergency number",
    "en-US": "911", "en-CA": "911", "en-GB": "999", "en-IE": "112 or 999", "en-AU": "000", "en-NZ": "111",
}


# For danger from someone (violence, abuse, a child unsafe at home): people
# who help with abuse, not a suicide line.
DEFAULT_DANGER_LINES = {
    "default": "a local abuse or domestic violence helpline",
    "en-US": "the National Domestic Violence Hotline on 1-800-799-7233",
    "en-GB": "the National Domestic Abuse Helpline, free on 0808 2000 247",
    "en-IE": "Women's Aid, free on 1800 341 900",
    "en-AU": "1800RESPECT on 1800 737 732",
    "en-NZ": "Women's Refuge on 0800 733 843",
}
