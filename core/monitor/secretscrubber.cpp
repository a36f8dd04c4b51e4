#include "secretscrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

const QString kMask = u"***"_s;

const QRegularExpression &secretWord()
{
    static const QRegularExpression re(
        u"(pass(word)?|passwd|pwd|secret|token|api[_.-]?key|credential|private[_.-]?key)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool SecretScrubber::isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    // A variable's name, a flag, the shell's working directory: not secrets.
    if (k.endsWith(u"env"_s) || k.startsWith(u"has"_s) || k == u"pwd"_s || k == u"oldpwd"_s)
        return false;
    return secretWord().match(k).hasMatch();
}

void SecretScrubber::addSecret(const QString &value)
{
    if (value.size() < 4 || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    // Longest first: a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretScrubber::addEnvironmentSecrets()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (isSecretKey(name))
            addSecret(env.value(name));
}

QString SecretScrubber::scrub(QString text) const
{
    for (const QString &secret : m_secrets) {
        text.replace(secret, kMask);
        // As JSON and a URL would spell it.
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact));
        const QString jsonInner = json.mid(2, json.size() - 4);
        if (jsonInner != secret)
            text.replace(jsonInner, kMask);
        const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (percent != secret)
            text.replace(percent, kMask);
    }
    // key=value, key: value, KEY="value" where the key names a secret.
    static const QRegularExpression assignment(
        u"\\b([A-Za-z0-9_.-]*(?:pass(?:word)?|passwd|pwd|secret|token|api[_.-]?key|credential)"
        "[A-Za-z0-9_.-]*)(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}\\]]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = assignment.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const QString value = m.captured(3);
        if (isSecretKey(key) && value != kMask && value != u"\"***\""_s)
            out += key + m.captured(2) + kMask;
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    // scheme://user:password@host
    static const QRegularExpression userinfo(
        u"([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+):[^@\\s/]+@"_s);
    out.replace(userinfo, u"\\1:***@"_s);
    static const QRegularExpression bearer(u"(bearer\\s+)[A-Za-z0-9._~+/-]+=*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, u"\\1***"_s);
    return out;
}

QByteArray SecretScrubber::scrub(const QByteArray &utf8) const
{
    return scrub(QString::fromUtf8(utf8)).toUtf8();
}

QJsonValue SecretScrubber::scrub(const QJsonValue &value) const
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().isBool() && !it.value().isNull())
                it.value() = kMask;
            else
                it.value() = scrub(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = scrub(QJsonValue(*it));
        return a;
    }
    if (value.isString()) {
        const QString s = value.toString();
        // A string that holds JSON (a stored definition, a probe report) is read as JSON.
        if ((s.startsWith(u'{') && s.endsWith(u'}')) || (s.startsWith(u'[') && s.endsWith(u']'))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError) {
                const QJsonValue inner =
                    scrub(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
                const QJsonDocument back = inner.isObject() ? QJsonDocument(inner.toObject())
                                                            : QJsonDocument(inner.toArray());
                return QString::fromUtf8(back.toJson(QJsonDocument::Compact));
            }
        }
        return scrub(s);
    }
    return value;
}

} // namespace ferry
