// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/// splitmix64's golden-ratio increment: a counter-based generator mixes key + n * this.
constexpr quint64 SplitMix64Gamma = 0x9e3779b97f4a7c15ULL;

/// splitmix64's output mix alone: neighbouring inputs give unrelated outputs.
constexpr quint64 splitmix64Mix(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// One step of splitmix64: cheap, and generated words and articles depend only on their seed
/// (reruns of a benchmark serve identical bytes).
constexpr quint64 splitmix64(quint64 x)
{
    return splitmix64Mix(x + SplitMix64Gamma);
}
