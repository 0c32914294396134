// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/// splitmix64's finaliser: cheap, and neighbouring inputs give unrelated outputs, so generated
/// words and articles depend only on their seed (reruns of a benchmark serve identical bytes).
constexpr quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
