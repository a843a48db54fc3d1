import CReadline
import RecallCore
