import GRDB
import RecallCore
