// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "crego.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "crego.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "crego.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "crego.sandbox", QtInfoMsg)
