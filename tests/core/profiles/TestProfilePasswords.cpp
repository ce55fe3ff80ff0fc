// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "FakeCredentialStore.h"
#include "profiles/ProfilePasswords.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = CredentialStore::Status;

// ProfilePasswords: the session's passwords over a CredentialStore (here a fake; the real keychain
// is tests/keychain's).
class TestProfilePasswords : public QObject
{
    Q_OBJECT
private slots:
    void rememberedPasswordIsSavedAndReadBack();
    void sessionOnlyPasswordIsNeverSaved();
    void lookupPrefersTheSession();
    void notFound();
    void forgetRemovesEverywhere();
    void removeSavedKeepsTheSession();
    void keychainUnavailable();
    void keychainDenied();
    void sandboxPasswordStaysInMemory();
    void answersComeLater();
    void keychainPasswordNotKeptInMemory();
    void keychainSourceForASession();

private:
    static Profile profile(bool remember);
    ProfilePasswords::Lookup lookup(ProfilePasswords& passwords, const Profile& profile);
    CredentialStore::Result store(ProfilePasswords& passwords, const Profile& profile, const QString& password);
};

Profile TestProfilePasswords::profile(bool remember)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Production"_s;
    profile.rememberPassword = remember;
    return profile;
}

ProfilePasswords::Lookup TestProfilePasswords::lookup(ProfilePasswords& passwords, const Profile& profile)
{
    std::optional<ProfilePasswords::Lookup> result;
    passwords.lookup(profile, this, [&result](const ProfilePasswords::Lookup& lookup) { result = lookup; });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(ProfilePasswords::Lookup{});
}

CredentialStore::Result TestProfilePasswords::store(
    ProfilePasswords& passwords, const Profile& profile, const QString& password)
{
    std::optional<CredentialStore::Result> result;
    passwords.store(profile, password, this, [&result](const CredentialStore::Result& r) { result = r; });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(CredentialStore::Result{Status::Failed, {}, {}});
}

void TestProfilePasswords::rememberedPasswordIsSavedAndReadBack()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    {
        ProfilePasswords passwords(&keychain);
        QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    }
    QCOMPARE(keychain.secrets.value(production.id.toString(QUuid::WithoutBraces)), u"s3cret"_s);
    // A new session: read from the keychain.
    ProfilePasswords next(&keychain);
    const ProfilePasswords::Lookup found = lookup(next, production);
    QCOMPARE(found.password, u"s3cret"_s);
    QVERIFY(found.fromKeychain);
    QVERIFY(found.message.isEmpty());
}

void TestProfilePasswords::sessionOnlyPasswordIsNeverSaved()
{
    FakeCredentialStore keychain;
    const Profile production = profile(false);
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    QCOMPARE(keychain.writes, 0);
    QVERIFY(keychain.secrets.isEmpty());
    QCOMPARE(lookup(passwords, production).password, u"s3cret"_s);
    QCOMPARE(keychain.reads, 0);
    ProfilePasswords next(&keychain);
    QVERIFY(!lookup(next, production).found());
}

void TestProfilePasswords::lookupPrefersTheSession()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    keychain.secrets.insert(production.id.toString(QUuid::WithoutBraces), u"old"_s);
    ProfilePasswords passwords(&keychain);
    passwords.setSessionPassword(production.id, u"typed"_s);
    QCOMPARE(lookup(passwords, production).password, u"typed"_s);
    QCOMPARE(keychain.reads, 0);
}

void TestProfilePasswords::notFound()
{
    FakeCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    const ProfilePasswords::Lookup result = lookup(passwords, profile(true));
    QVERIFY(!result.found());
    QCOMPARE(result.keychain.status, Status::NotFound);
    QVERIFY(result.message.isEmpty()); // nothing wrong: the password is simply asked for
    QVERIFY(passwords.keychainAvailable());
}

void TestProfilePasswords::forgetRemovesEverywhere()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    bool done = false;
    passwords.forget(production.id, this, [&done](const CredentialStore::Result& result) { done = result.ok(); });
    QTRY_VERIFY(done);
    QVERIFY(keychain.secrets.isEmpty());
    QVERIFY(!passwords.hasSessionPassword(production.id));
}

void TestProfilePasswords::removeSavedKeepsTheSession()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    bool done = false;
    passwords.removeSaved(production.id, this, [&done](const CredentialStore::Result& result) { done = result.ok(); });
    QTRY_VERIFY(done);
    QVERIFY(keychain.secrets.isEmpty());
    QCOMPARE(passwords.sessionPassword(production.id), u"s3cret"_s);
}

void TestProfilePasswords::keychainUnavailable()
{
    FakeCredentialStore keychain;
    keychain.setFailure(Status::Unavailable, u"org.freedesktop.secrets was not provided"_s);
    const Profile production = profile(true);
    ProfilePasswords passwords(&keychain);
    QSignalSpy unavailable(&passwords, &ProfilePasswords::keychainUnavailable);

    const ProfilePasswords::Lookup result = lookup(passwords, production);
    QVERIFY(!result.found());
    QVERIFY2(result.message.contains(u"session only"_s), qPrintable(result.message));
    QVERIFY(result.message.contains(u"org.freedesktop.secrets"_s));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!passwords.keychainAvailable());

    // The password still works for this session, and the operator is told it is not saved.
    const CredentialStore::Result saved = store(passwords, production, u"s3cret"_s);
    QCOMPARE(saved.status, Status::Unavailable);
    QVERIFY(CredentialStore::userMessage(CredentialStore::Operation::Write, saved).contains(u"not saved"_s));
    QCOMPARE(lookup(passwords, production).password, u"s3cret"_s);
    QVERIFY(keychain.secrets.isEmpty());
    QCOMPARE(unavailable.count(), 1); // said once
}

void TestProfilePasswords::keychainDenied()
{
    FakeCredentialStore keychain;
    keychain.setFailure(Status::Denied);
    ProfilePasswords passwords(&keychain);
    const ProfilePasswords::Lookup result = lookup(passwords, profile(true));
    QVERIFY(result.message.contains(u"refused"_s));
    QVERIFY(passwords.keychainAvailable());
}

void TestProfilePasswords::sandboxPasswordStaysInMemory()
{
    FakeCredentialStore keychain;
    Profile sandbox = profile(true);
    sandbox.id = Profile::sandboxId();
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, sandbox, u"generated"_s).ok());
    QCOMPARE(lookup(passwords, sandbox).password, u"generated"_s);
    QCOMPARE(keychain.writes + keychain.reads, 0);
}

void TestProfilePasswords::answersComeLater()
{
    // Like the keychain's jobs: never within the call, and not at all once the context is gone.
    FakeCredentialStore keychain;
    ProfilePasswords passwords(&keychain);
    passwords.setSessionPassword(Profile::sandboxId(), u"x"_s);
    bool called = false;
    Profile sandbox;
    sandbox.id = Profile::sandboxId();
    passwords.lookup(sandbox, this, [&called](const ProfilePasswords::Lookup&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    bool late = false;
    auto* context = new QObject;
    passwords.lookup(profile(true), context, [&late](const ProfilePasswords::Lookup&) { late = true; });
    delete context;
    // Answers come in order: once a later one is in, the one for the deleted context was dropped.
    lookup(passwords, profile(true));
    QVERIFY(!late);
}

void TestProfilePasswords::keychainPasswordNotKeptInMemory()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    QVERIFY(!passwords.hasSessionPassword(production.id)); // the keychain has it
    QCOMPARE(lookup(passwords, production).password, u"s3cret"_s);
    QCOMPARE(lookup(passwords, production).password, u"s3cret"_s);
    QCOMPARE(keychain.reads, 2); // read each time, never kept
    QVERIFY(!passwords.hasSessionPassword(production.id));

    // A keychain that refuses the password: kept for the session instead.
    keychain.setFailure(Status::Denied, u"locked"_s);
    QCOMPARE(store(passwords, production, u"other"_s).status, Status::Denied);
    QCOMPARE(passwords.sessionPassword(production.id), u"other"_s);
}

void TestProfilePasswords::keychainSourceForASession()
{
    FakeCredentialStore keychain;
    const Profile production = profile(true);
    ProfilePasswords passwords(&keychain);
    QVERIFY(store(passwords, production, u"s3cret"_s).ok());
    const auto source = passwords.keychainSource(production);
    QVERIFY(source);
    auto ask = [&source] {
        std::optional<QString> answer;
        source([&answer](const QString& password) { answer = password; });
        [&] { QTRY_VERIFY(answer.has_value()); }();
        return answer.value_or(u"(none)"_s);
    };
    const int readsBefore = keychain.reads;
    QCOMPARE(ask(), u"s3cret"_s);
    QCOMPARE(keychain.reads, readsBefore + 1);
    // Gone from the keychain (removed by another program): an empty answer.
    keychain.secrets.clear();
    QCOMPARE(ask(), QString());

    // No source where the keychain does not keep the profile's password: the session keeps it.
    QVERIFY(!passwords.keychainSource(profile(false)));
    Profile sandbox = profile(true);
    sandbox.id = Profile::sandboxId();
    QVERIFY(!passwords.keychainSource(sandbox));
    FakeCredentialStore missing;
    missing.setFailure(Status::Unavailable, u"org.freedesktop.secrets"_s);
    ProfilePasswords without(&missing);
    QVERIFY(!lookup(without, production).found());
    QVERIFY(!without.keychainSource(production));
}

QTEST_GUILESS_MAIN(TestProfilePasswords)
#include "TestProfilePasswords.moc"
