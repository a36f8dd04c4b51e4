// The encrypted vault: round trips, wrong master password, nothing in clear, no lost writes.
#include "secrets/vaultsecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace Qt::StringLiterals;

class TestVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void lockedUntilUnlocked()
    {
        VaultSecretStore vault(m_dir.filePath(u"locked.vault"_s));
        QVERIFY(!vault.isUnlocked());
        auto read = vault.read(u"k"_s);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Locked);
        QVERIFY(read.error().fix.contains(u"FERRY_MASTER_PASSWORD"_s));
        QVERIFY(!QFile::exists(vault.path()));
    }

    void roundTripAcrossInstances()
    {
        const QString path = m_dir.filePath(u"round.vault"_s);
        {
            VaultSecretStore vault(path);
            QVERIFY(vault.unlock(u"correct horse"_s));
            QVERIFY(QFile::exists(path));
            QVERIFY(vault.write(u"datasource/a"_s, u"pässwörd with ünïcode"_s));
            QVERIFY(vault.write(u"datasource/b"_s, u"second"_s));
            QVERIFY(vault.remove(u"datasource/b"_s));
            QVERIFY(vault.remove(u"datasource/never-existed"_s));
        }
        VaultSecretStore again(path);
        QVERIFY(again.unlock(u"correct horse"_s));
        QCOMPARE(**again.read(u"datasource/a"_s), u"pässwörd with ünïcode"_s);
        QVERIFY(!again.read(u"datasource/b"_s)->has_value());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void wrongMasterPasswordDestroysNothing()
    {
        const QString path = m_dir.filePath(u"wrong.vault"_s);
        {
            VaultSecretStore vault(path);
            QVERIFY(vault.unlock(u"right"_s));
            QVERIFY(vault.write(u"k"_s, u"v"_s));
        }
        const QByteArray before = contents(path);
        VaultSecretStore vault(path);
        const Status result = vault.unlock(u"wrong"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Locked);
        QCOMPARE(result.error().message,
                 u"wrong master password for the secret vault %1"_s.arg(path));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!vault.write(u"k"_s, u"overwritten"_s));
        QCOMPARE(contents(path), before);
        QVERIFY(vault.unlock(u"right"_s));
        QCOMPARE(**vault.read(u"k"_s), u"v"_s);
    }

    void secretsAreNotInClear()
    {
        const QString path = m_dir.filePath(u"clear.vault"_s);
        const QString canary = u"CANARY-7f3a9c-secret"_s;
        VaultSecretStore vault(path);
        QVERIFY(vault.unlock(u"m"_s));
        QVERIFY(vault.write(u"datasource/key-name"_s, canary));
        const QByteArray bytes = contents(path);
        QVERIFY(!bytes.contains(canary.toUtf8()));
        QVERIFY(!bytes.contains("datasource/key-name"));
        QVERIFY(bytes.startsWith("FERRYVLT"));
    }

    void twoInstancesDoNotLoseWrites()
    {
        const QString path = m_dir.filePath(u"shared.vault"_s);
        VaultSecretStore a(path);
        QVERIFY(a.unlock(u"m"_s));
        VaultSecretStore b(path);
        QVERIFY(b.unlock(u"m"_s));
        QVERIFY(a.write(u"one"_s, u"1"_s));
        QVERIFY(b.write(u"two"_s, u"2"_s));
        QCOMPARE(**a.read(u"two"_s), u"2"_s);
        QCOMPARE(**b.read(u"one"_s), u"1"_s);
    }

    void notAVaultFile()
    {
        const QString path = m_dir.filePath(u"garbage.vault"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a vault at all, just some text that is long enough");
        f.close();
        VaultSecretStore vault(path);
        const Status result = vault.unlock(u"m"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"%1 is not a Ferry secret vault"_s.arg(path));
        QCOMPARE(contents(path),
                 QByteArray("this is not a vault at all, just some text that is long enough"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
