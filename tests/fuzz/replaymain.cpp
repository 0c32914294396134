// SPDX-License-Identifier: MIT
// Replays every file of the seed corpus through LLVMFuzzerTestOneInput, so the corpus runs in
// every `make test` (and under ASan/UBSan) without needing clang or libFuzzer.
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString::fromLocal8Bit(FRESHET_FUZZ_CORPUS);
    int files = 0;
    QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        ++files;
    }
    std::printf("replayed %d corpus files from %s\n", files, qPrintable(corpus));
    // An empty corpus means the test is not testing anything: fail rather than pass silently.
    return files > 0 ? 0 : 1;
}
