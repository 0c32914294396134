// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/// Colourful landscape pictures drawn with QPainter and encoded as PNG; no files, no fonts
/// (so no QGuiApplication is needed).
namespace DemoImages {
constexpr int Count = 12;
/// PNG of picture `number` (1..Count) at width × height.
QByteArray png(int number, int width, int height);
} // namespace DemoImages
