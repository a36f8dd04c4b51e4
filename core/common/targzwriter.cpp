#include "targzwriter.h"
#include "common/language.h"

#include <QSaveFile>

#include <zlib.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr int kBlock = 512;

// An octal number of `width` bytes including the terminating NUL, as ustar spells it.
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

struct TarGzWriter::Private
{
    QString path;
    QSaveFile file;
    z_stream zs {};
    bool deflating = false;
    QString error;

    Status deflateData(const char *data, qsizetype size, int flush)
    {
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        zs.avail_in = uInt(size);
        char out[64 * 1024];
        do {
            zs.next_out = reinterpret_cast<Bytef *>(out);
            zs.avail_out = sizeof out;
            const int rc = deflate(&zs, flush);
            if (rc == Z_STREAM_ERROR)
                return fail(Error::Code::Io, Text::tr("compressing %1 failed").arg(path), {}, path);
            const qint64 have = qint64(sizeof out) - zs.avail_out;
            if (have > 0 && file.write(out, have) != have)
                return fail(
                    Error::Code::Io, Text::tr("cannot write %1: %2").arg(path, file.errorString()),
                    Text::tr("Choose a folder with free space that you may write to."), path);
        } while (zs.avail_out == 0 || (flush == Z_FINISH && zs.avail_in > 0));
        return {};
    }
};

TarGzWriter::TarGzWriter(QString path)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->file.setFileName(d->path);
}

TarGzWriter::~TarGzWriter()
{
    if (d->deflating)
        deflateEnd(&d->zs);
    d->file.cancelWriting();
}

Status TarGzWriter::open()
{
    if (!d->file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    Text::tr("cannot create %1: %2").arg(d->path, d->file.errorString()),
                    Text::tr("Choose a folder that exists and that you may write to."), d->path);
    // 15 + 16: a gzip wrapper around the deflate stream.
    if (deflateInit2(&d->zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return fail(Error::Code::Internal, Text::tr("zlib could not start compressing"));
    d->deflating = true;
    return {};
}

Status TarGzWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    if (!d->deflating)
        return fail(Error::Code::Internal, Text::tr("the archive %1 is not open").arg(d->path));
    const QByteArray path = name.toUtf8();
    QByteArray prefix;
    QByteArray base = path;
    if (path.size() > 100) {
        // ustar: prefix (155) '/' name (100), split at a slash.
        qsizetype cut = path.lastIndexOf('/', 155);
        while (cut > 0 && path.size() - cut - 1 > 100)
            cut = -1;
        if (cut <= 0)
            return fail(Error::Code::InvalidInput,
                        Text::tr("the archive path %1 is too long for tar").arg(name), {}, name);
        prefix = path.left(cut);
        base = path.mid(cut + 1);
    }
    char header[kBlock];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, base.constData(), size_t(base.size()));
    putOctal(header + 100, 8, 0644);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, data.size());
    putOctal(header + 136, 12, modified.toSecsSinceEpoch());
    std::memset(header + 148, ' ', 8); // the checksum counts its own field as spaces
    header[156] = '0';
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    std::memcpy(header + 265, "ferry", 5);
    std::memcpy(header + 297, "ferry", 5);
    std::memcpy(header + 345, prefix.constData(), size_t(prefix.size()));
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    putOctal(header + 148, 7, sum);
    header[155] = ' ';
    if (auto ok = d->deflateData(header, kBlock, Z_NO_FLUSH); !ok)
        return ok;
    if (auto ok = d->deflateData(data.constData(), data.size(), Z_NO_FLUSH); !ok)
        return ok;
    const qsizetype pad = (kBlock - data.size() % kBlock) % kBlock;
    if (pad > 0) {
        const QByteArray zeros(pad, '\0');
        return d->deflateData(zeros.constData(), pad, Z_NO_FLUSH);
    }
    return {};
}

Status TarGzWriter::close()
{
    if (!d->deflating)
        return fail(Error::Code::Internal, Text::tr("the archive %1 is not open").arg(d->path));
    const QByteArray end(2 * kBlock, '\0');
    if (auto ok = d->deflateData(end.constData(), end.size(), Z_FINISH); !ok)
        return ok;
    deflateEnd(&d->zs);
    d->deflating = false;
    if (!d->file.commit())
        return fail(Error::Code::Io,
                    Text::tr("cannot write %1: %2").arg(d->path, d->file.errorString()),
                    Text::tr("Choose a folder with free space that you may write to."), d->path);
    return {};
}

} // namespace ferry
