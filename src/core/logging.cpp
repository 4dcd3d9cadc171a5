// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "crego.core")
Q_LOGGING_CATEGORY(lcApi, "crego.api")
Q_LOGGING_CATEGORY(lcModels, "crego.models")
Q_LOGGING_CATEGORY(lcWidgets, "crego.widgets")
Q_LOGGING_CATEGORY(lcExport, "crego.export")
Q_LOGGING_CATEGORY(lcSandbox, "crego.sandbox")
Q_LOGGING_CATEGORY(lcApp, "crego.app")
