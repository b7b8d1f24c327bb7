"""The frames a reflection is said in ("So ...", "It sounds like ...",
"..., if I'm hearing you right"), taken off again to vary them or to say the
clause another way, and a name kept capitalised at the start.
"""
from __future__ import annotations

import re

# A capitalised first word that is not a common opening word may be a name.
MAYBE_A_NAME = re.compile(r"^(?!(?:I|You|Your|Yours|The|A|An|It|Its|This|That|These|Those|There|He|She|They|We|His|Her|Their|"
                           r"Our|My|Me|Some|Any|No|Every|All|Most|Many|Much|More|So|And|But|Or|If|When|What|How|Why|Who|"
                           r"Work|Life|Things|Everything|Nothing|Everyone|Nobody|People|Family|Money|School|Home|Being|"
                           r"Getting|Feeling|Trying|Going|One|Two|Just|Even|Still|Also|Only|Maybe|Now|Then|Today|Yesterday|"
                           r"Tomorrow|Lately|Recently|Sometimes|Mum|Mom|Dad|Covid|May|Might|Can|Could|Would|Should|Will|Must|Hope|"
                           r"Please|Yes|Yeah|Not|Well|Ok|Okay|Sure|Thanks|Hi|Hello|Hey|Maybe|Perhaps|Probably|Honestly|"
                           r"Really|Actually|Basically|Because|Since|After|Before|Until|While|Though|Although|Then|Here|"
                           r"Others|Other|Someone|Somebody|Anyone|Everybody|None|Both|Each|Another|Such|Same|Last|Next|"
                           r"First|Second|Having|Doing|Making|Working|Living|Dealing|Staying|Christmas|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekends?|Nights?|Days?|Years?|"
                           r"Months?|Weeks?|Jobs?|Friends?|Kids?|Children|Parents?|Husband|Wife|Partner|Boyfriend|"
                           r"Girlfriend|Brother|Sister|Son|Daughter|Boss|Manager|Grandma|Grandpa|Dating|Health)\b)[A-Z][a-z]+\b")


# The frames a reflection is said in (_turn_round), to take one off or vary them.
_FRAMES = (re.compile(r"^So\s+(.+?)\.$"), re.compile(r"^It sounds like\s+(.+?)\.$"),
           re.compile(r"^(.+?), if I'm hearing you right\.$"), re.compile(r"^If I'm hearing you right,\s+(.+?)\.$"),
           re.compile(r"^(.+?)\. I can hear that\.$"))


def frame_and_clause(reflection: str) -> tuple[int | None, str]:
    """Which frame a reflection is said in (None: none of them), and its
    clause without the frame: "So your boss yells at you." is frame 0 with
    "your boss yells at you"."""
    for n, frame in enumerate(_FRAMES):
        m = frame.match(reflection)
        if m:
            return n, lower_first(m.group(1))
    return None, lower_first(reflection.rstrip("."))


def clause_of(reflection: str) -> str:
    return frame_and_clause(reflection)[1]


def lower_first(clause: str) -> str:
    """The clause to go mid-sentence: its first letter in lower case, unless
    it is "I" or may be a name."""
    if not clause or re.match(r"I\b", clause) or MAYBE_A_NAME.match(clause):
        return clause
    return clause[0].lower() + clause[1:]
