#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ferry {

// Removes secrets from what leaves the machine (the diagnostic bundle): every known secret
// value (data source passwords, the environment's passwords and tokens, a project's inline or
// SASL password), anything written as `password=…`/`TOKEN: …`, a URL's password and a bearer
// token, and the values of JSON keys that name a secret. What it replaces reads "***". Any
// thread, once filled.
class SecretScrubber
{
public:
    // A value that must not appear (shorter than 4 characters: ignored, it would blot out
    // ordinary text).
    void addSecret(const QString &value);
    // Every environment variable whose name says it holds a secret (…PASSWORD, …TOKEN, …).
    void addEnvironmentSecrets();
    int secretCount() const { return int(m_secrets.size()); }

    QString scrub(QString text) const;
    QByteArray scrub(const QByteArray &utf8) const;
    // JSON: values under secret keys replaced, every string scrubbed.
    QJsonValue scrub(const QJsonValue &value) const;

    // "password", "sasl.password", "api_key", "FERRY_MASTER_PASSWORD": a key that holds a
    // secret. Not "passwordEnv" (a variable's name) or "hasPassword" (a flag).
    static bool isSecretKey(const QString &key);

private:
    QStringList m_secrets;
};

} // namespace ferry
