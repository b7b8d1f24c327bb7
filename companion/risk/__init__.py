"""Risk to life: detection (rules, a learned layer, the turns before) and the
reviewed answers. Used by the companion's replies and by rehearsal alike."""
from .detector import NO_RISK, RiskAssessment, RiskDetector, load_risk_detector
from .levels import CATEGORIES, CLEAR, NONE, POSSIBLE, Category, Level

__all__ = ["NO_RISK", "RiskAssessment", "RiskDetector", "load_risk_detector", "CATEGORIES", "CLEAR", "NONE",
           "POSSIBLE", "Category", "Level"]
