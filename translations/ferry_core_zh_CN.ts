<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Text</name>
    <message>
        <source>the source writes binlog format version %1; Ferry reads version 4 (MySQL 5.0 and later, MariaDB)</source>
        <translation>源端写入的 binlog 格式版本为 %1；Ferry 读取的是版本 4（MySQL 5.0 及以上、MariaDB）</translation>
    </message>
    <message>
        <source>the source&apos;s binlog checksum algorithm %1 is unknown</source>
        <translation>源端的 binlog 校验算法 %1 未知</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_checksum to CRC32 or NONE.</source>
        <translation>请用 SET GLOBAL 将 binlog_checksum 设为 CRC32 或 NONE。</translation>
    </message>
    <message>
        <source>the source logs partial JSON updates (PARTIAL_UPDATE_ROWS_EVENT)</source>
        <translation>源端记录了 JSON 部分更新（PARTIAL_UPDATE_ROWS_EVENT）</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_row_value_options = &apos;&apos; on the source.</source>
        <translation>请在源端执行 SET GLOBAL binlog_row_value_options = &apos;&apos;。</translation>
    </message>
    <message>
        <source>the source compresses its binlog transactions</source>
        <translation>源端压缩了其 binlog 事务</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_transaction_compression = OFF on the source.</source>
        <translation>请在源端执行 SET GLOBAL binlog_transaction_compression = OFF。</translation>
    </message>
    <message>
        <source>the source logged an incident in its binlog: changes may be missing from it</source>
        <translation>源端在其 binlog 中记录了一个 incident 事件：其中可能缺失变更</translation>
    </message>
    <message>
        <source>Redo the full step for the captured tables, then restart capture.</source>
        <translation>请对被捕获的表重做全量迁移，然后重新开始捕获。</translation>
    </message>
    <message>
        <source>the source compresses its binlog events (log_bin_compress=ON)</source>
        <translation>源端压缩了其 binlog 事件（log_bin_compress=ON）</translation>
    </message>
    <message>
        <source>SET GLOBAL log_bin_compress = OFF on the source.</source>
        <translation>请在源端执行 SET GLOBAL log_bin_compress = OFF。</translation>
    </message>
    <message>
        <source>Redo the schema and full steps for %1, then restart capture from there.</source>
        <translation>请对 %1 重做结构迁移和全量迁移，然后从那里重新开始捕获。</translation>
    </message>
    <message>
        <source>%1 changed since capture started: the binlog has %2 columns, the catalog %3; a DDL altered the table</source>
        <translation>%1 自捕获开始后已变化：binlog 中有 %2 列，数据字典中有 %3 列；有 DDL 修改了该表</translation>
    </message>
    <message>
        <source>%1 changed since capture started: the binlog has a column %2 the catalog does not; a DDL altered the table</source>
        <translation>%1 自捕获开始后已变化：binlog 中有数据字典中没有的列 %2；有 DDL 修改了该表</translation>
    </message>
    <message>
        <source>%1 changed since capture started: column %2 has %3 length bytes; a DDL altered the table</source>
        <translation>%1 自捕获开始后已变化：列 %2 有 %3 个长度字节；有 DDL 修改了该表</translation>
    </message>
    <message>
        <source>%1 changed since capture started: column %2 has %3 fraction digits; a DDL altered the table</source>
        <translation>%1 自捕获开始后已变化：列 %2 有 %3 位小数秒；有 DDL 修改了该表</translation>
    </message>
    <message>
        <source>%1: column %2 (%3) uses the pre-5.0 DECIMAL format</source>
        <translation>%1：列 %2（%3）使用 5.0 之前的 DECIMAL 格式</translation>
    </message>
    <message>
        <source>ALTER TABLE to rebuild the column as DECIMAL.</source>
        <translation>请用 ALTER TABLE 将该列重建为 DECIMAL。</translation>
    </message>
    <message>
        <source>%1: column %2 (%3) uses the MariaDB 5.3 temporal format</source>
        <translation>%1：列 %2（%3）使用 MariaDB 5.3 的时间格式</translation>
    </message>
    <message>
        <source>SET GLOBAL mysql56_temporal_format=ON and ALTER TABLE ... FORCE to rebuild the table.</source>
        <translation>请执行 SET GLOBAL mysql56_temporal_format=ON，并用 ALTER TABLE ... FORCE 重建该表。</translation>
    </message>
    <message>
        <source>%1: column %2 (%3) is MySQL&apos;s binary JSON, which capture cannot decode yet</source>
        <translation>%1：列 %2（%3）是 MySQL 的二进制 JSON，捕获目前还无法解码</translation>
    </message>
    <message>
        <source>Exclude the table from incremental sync, or store the document as LONGTEXT.</source>
        <translation>请将该表排除在增量同步之外，或将文档存为 LONGTEXT。</translation>
    </message>
    <message>
        <source>%1: column %2 (%3) is written to the binlog as type %4 of %5 bytes, not the %6 bytes capture expects</source>
        <translation>%1：列 %2（%3）在 binlog 中写为 %5 字节的类型 %4，而不是捕获所期望的 %6 字节</translation>
    </message>
    <message>
        <source>Exclude the table from incremental sync.</source>
        <translation>请将该表排除在增量同步之外。</translation>
    </message>
    <message>
        <source>%1: column %2 (%3) has character set %4, which capture cannot convert to UTF-8</source>
        <translation>%1：列 %2（%3）的字符集为 %4，捕获无法将其转换为 UTF-8</translation>
    </message>
    <message>
        <source>Convert the column to utf8mb4 (ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4), or exclude the table.</source>
        <translation>请将该列转换为 utf8mb4（ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4），或排除该表。</translation>
    </message>
    <message>
        <source>%1: column %2 is MySQL&apos;s binary JSON, which capture cannot decode yet</source>
        <translation>%1：列 %2 是 MySQL 的二进制 JSON，捕获目前还无法解码</translation>
    </message>
    <message>
        <source>%1: column %2 has binlog type %3, which capture cannot decode</source>
        <translation>%1：列 %2 的 binlog 类型为 %3，捕获无法解码</translation>
    </message>
    <message>
        <source>binlog: a transaction before %1 ended without COMMIT; its %2 changes are dropped</source>
        <translation>binlog：%1 之前的一个事务未以 COMMIT 结束；其 %2 条变更被丢弃</translation>
    </message>
    <message>
        <source>the source logged a change to %1 as a statement, not as rows: &quot;%2&quot; (binlog_format STATEMENT or MIXED in the writer&apos;s session)</source>
        <translation>源端以语句而非行的形式记录了对 %1 的变更：“%2”（写入端会话的 binlog_format 为 STATEMENT 或 MIXED）</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_format=ROW and reconnect the applications, then redo the full step for the captured tables (the statement&apos;s changes were not captured).</source>
        <translation>请执行 SET GLOBAL binlog_format=ROW 并让应用重新连接，然后对被捕获的表重做全量迁移（该语句的变更未被捕获）。</translation>
    </message>
    <message>
        <source>binlog %1 after %2: %3</source>
        <translation>binlog %1 中 %2 之后：%3</translation>
    </message>
    <message>
        <source>an XA transaction (%1) changed %2: capture does not follow XA transactions yet</source>
        <translation>一个 XA 事务（%1）修改了 %2：捕获目前还不支持 XA 事务</translation>
    </message>
    <message>
        <source>Commit changes to the captured tables outside XA transactions, or exclude the tables from incremental sync.</source>
        <translation>请在 XA 事务之外提交对被捕获表的变更，或将这些表排除在增量同步之外。</translation>
    </message>
</context>
<context>
    <name>ferry</name>
    <message>
        <source>webhook %1 answered HTTP %2</source>
        <translation>webhook %1 返回了 HTTP %2</translation>
    </message>
    <message>
        <source>webhook %1 not reached: %2</source>
        <translation>无法连接 webhook %1：%2</translation>
    </message>
    <message>
        <source>Check the URL and that the receiver runs and answers 2xx.</source>
        <translation>请检查 URL，并确认接收端正在运行且返回 2xx。</translation>
    </message>
    <message>
        <source>the alert command is empty</source>
        <translation>告警命令为空</translation>
    </message>
    <message>
        <source>alert command %1 did not start: %2</source>
        <translation>告警命令 %1 未能启动：%2</translation>
    </message>
    <message>
        <source>Give the full path of an executable.</source>
        <translation>请给出可执行文件的完整路径。</translation>
    </message>
    <message>
        <source>alert command %1 did not finish within %2 s</source>
        <translation>告警命令 %1 未在 %2 秒内结束</translation>
    </message>
    <message>
        <source>alert command %1 failed (exit %2): %3</source>
        <translation>告警命令 %1 执行失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>there is no alert channel named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的告警通道</translation>
    </message>
    <message>
        <source>ferry alert channel list shows them.</source>
        <translation>可用 ferry alert channel list 查看。</translation>
    </message>
    <message>
        <source>an alert channel needs a name</source>
        <translation>告警通道需要一个名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a webhook URL for alert channel &apos;%2&apos;</source>
        <translation>“%1”不是告警通道“%2”可用的 webhook URL</translation>
    </message>
    <message>
        <source>Give an http:// or https:// URL, such as http://10.0.0.7:8080/alerts.</source>
        <translation>请给出 http:// 或 https:// 开头的 URL，例如 http://10.0.0.7:8080/alerts。</translation>
    </message>
    <message>
        <source>alert channel &apos;%1&apos; needs a command to run</source>
        <translation>告警通道“%1”需要一个要执行的命令</translation>
    </message>
    <message>
        <source>alert channel &apos;%1&apos; has a password but no SMTP user</source>
        <translation>告警通道“%1”设置了密码，但没有 SMTP 用户</translation>
    </message>
    <message>
        <source>Give the user the relay knows with --smtp-user.</source>
        <translation>请用 --smtp-user 给出邮件中继认可的用户。</translation>
    </message>
    <message>
        <source>alert channel &apos;%1&apos; names SMTP user &apos;%2&apos; but no password</source>
        <translation>告警通道“%1”指定了 SMTP 用户“%2”，但没有密码</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>请用 --password-stdin 提供密码。</translation>
    </message>
    <message>
        <source>an alert channel named &apos;%1&apos; exists</source>
        <translation>名为“%1”的告警通道已存在</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>no secret store to keep the SMTP password of alert channel &apos;%1&apos; in</source>
        <translation>没有可保存告警通道“%1”的 SMTP 密码的密钥存储</translation>
    </message>
    <message>
        <source>Give the password.</source>
        <translation>请提供密码。</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>没有密钥存储</translation>
    </message>
    <message>
        <source>the SMTP password of alert channel &apos;%1&apos; is in the secret store, which this process cannot open</source>
        <translation>告警通道“%1”的 SMTP 密码保存在密钥存储中，而本进程无法打开该密钥存储</translation>
    </message>
    <message>
        <source>the secret store holds no SMTP password for alert channel &apos;%1&apos;</source>
        <translation>密钥存储中没有告警通道“%1”的 SMTP 密码</translation>
    </message>
    <message>
        <source>Add the channel again with --password-stdin.</source>
        <translation>请使用 --password-stdin 重新添加该告警通道。</translation>
    </message>
    <message>
        <source>the audit head row is missing</source>
        <translation>审计链的头记录丢失</translation>
    </message>
    <message>
        <source>Run ferry audit verify.</source>
        <translation>请运行 ferry audit verify。</translation>
    </message>
    <message>
        <source>Sign in as another user.</source>
        <translation>请以其他用户身份登录。</translation>
    </message>
    <message>
        <source>nobody is signed in to the store %1, whose users have passwords</source>
        <translation>元数据库 %1 的用户已设置密码，但当前没有用户登录</translation>
    </message>
    <message>
        <source>Say who acts with --user NAME (the password from FERRY_USER_PASSWORD or standard input), or sign in in the console.</source>
        <translation>请用 --user NAME 指明操作者（密码取自 FERRY_USER_PASSWORD 或标准输入），或在控制台中登录。</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (%2) may not %3: that takes %4</source>
        <translation>用户“%1”（%2）无权执行 %3：需要%4</translation>
    </message>
    <message>
        <source>Act as a user with that role (--user NAME), or ask an administrator to give &apos;%1&apos; the %2 role (ferry user role %1 %2).</source>
        <translation>请以具有该角色的用户身份操作（--user NAME），或请管理员授予“%1” %2 角色（ferry user role %1 %2）。</translation>
    </message>
    <message>
        <source>there is no system parameter &apos;%1&apos;</source>
        <translation>不存在系统参数“%1”</translation>
    </message>
    <message>
        <source>ferry config list names every parameter.</source>
        <translation>ferry config list 会列出全部参数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value of %2: it takes a whole number from %3 to %4</source>
        <translation>“%1”不是 %2 的有效值：取值应为 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>Give a number in that range, or &apos;default&apos; (%1).</source>
        <translation>请给出该范围内的数字，或 default（%1）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value of %2: it takes true or false</source>
        <translation>“%1”不是 %2 的有效值：取值应为 true 或 false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value of %2: it takes an address and a port, HOST:PORT</source>
        <translation>“%1”不是 %2 的有效值：取值应为地址和端口，即 HOST:PORT</translation>
    </message>
    <message>
        <source>For example 127.0.0.1:9464, or 0.0.0.0:9464 for every interface.</source>
        <translation>例如 127.0.0.1:9464，或用 0.0.0.0:9464 监听所有网卡。</translation>
    </message>
    <message>
        <source>SMTP server %1 %2</source>
        <translation>SMTP 服务器 %1：%2</translation>
    </message>
    <message>
        <source>no certificate could be read from %1 (the CA file of the SMTP channel to %2)</source>
        <translation>无法从 %1（发往 %2 的 SMTP 通道的 CA 文件）读取证书</translation>
    </message>
    <message>
        <source>Give a PEM file with the CA that signed the relay&apos;s certificate.</source>
        <translation>请给出包含签发该邮件中继证书的 CA 的 PEM 文件。</translation>
    </message>
    <message>
        <source>alert channel &apos;%1&apos;: %2</source>
        <translation>告警通道“%1”：%2</translation>
    </message>
    <message>
        <source>there is no user named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的用户</translation>
    </message>
    <message>
        <source>ferry user list shows the users.</source>
        <translation>可用 ferry user list 查看用户。</translation>
    </message>
    <message>
        <source>Check the user name and password (FERRY_USER_PASSWORD or standard input); an administrator can reset it.</source>
        <translation>请检查用户名和密码（FERRY_USER_PASSWORD 或标准输入）；管理员可以重置密码。</translation>
    </message>
    <message>
        <source>the password of user &apos;%1&apos; is too short: it takes at least %2 characters</source>
        <translation>用户“%1”的密码太短：至少需要 %2 个字符</translation>
    </message>
    <message>
        <source>Choose a longer one (system parameter security.password_min_length).</source>
        <translation>请选择更长的密码（系统参数 security.password_min_length）。</translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium 初始化失败</translation>
    </message>
    <message>
        <source>could not hash the password: out of memory (Argon2id takes 64 MiB)</source>
        <translation>无法计算密码哈希：内存不足（Argon2id 需要 64 MiB）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name</source>
        <translation>“%1”不是有效的用户名</translation>
    </message>
    <message>
        <source>Use up to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>请使用最多 32 个字母、数字、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>a user named &apos;%1&apos; exists</source>
        <translation>名为“%1”的用户已存在</translation>
    </message>
    <message>
        <source>Choose another name, or change that user&apos;s role.</source>
        <translation>请换一个名称，或修改该用户的角色。</translation>
    </message>
    <message>
        <source>cannot %1 user &apos;%2&apos;: it is the last enabled administrator</source>
        <translation>无法对用户“%2”执行 %1：它是最后一个启用的管理员</translation>
    </message>
    <message>
        <source>Make another user an administrator first (ferry user role NAME administrator).</source>
        <translation>请先将另一个用户设为管理员（ferry user role NAME administrator）。</translation>
    </message>
    <message>
        <source>cannot remove the built-in user &apos;%1&apos;</source>
        <translation>不能删除内置用户“%1”</translation>
    </message>
    <message>
        <source>Disable it instead (ferry user disable %1) once another administrator exists.</source>
        <translation>可在存在其他管理员后改为禁用它（ferry user disable %1）。</translation>
    </message>
    <message>
        <source>the secret vault %1 is locked</source>
        <translation>加密保险库 %1 已锁定</translation>
    </message>
    <message>
        <source>Set FERRY_MASTER_PASSWORD for headless runs, or unlock the vault in the console.</source>
        <translation>无界面运行时请设置 FERRY_MASTER_PASSWORD，或在控制台中解锁保险库。</translation>
    </message>
    <message>
        <source>rule %1 takes no threshold</source>
        <translation>规则 %1 没有阈值</translation>
    </message>
    <message>
        <source>Leave --threshold out.</source>
        <translation>请去掉 --threshold。</translation>
    </message>
    <message>
        <source>%1 is not a threshold of rule %2: it takes %3 to %4 (%5)</source>
        <translation>%1 不是规则 %2 的有效阈值：取值范围为 %3 到 %4（%5）</translation>
    </message>
    <message>
        <source>Give a number in that range.</source>
        <translation>请给出该范围内的数字。</translation>
    </message>
    <message>
        <source>%1 s is not a duration of rule lag: it takes 0 to 604800 s</source>
        <translation>%1 秒不是规则 lag 的有效持续时间：取值范围为 0 到 604800 秒</translation>
    </message>
    <message>
        <source>Give the seconds the lag must stay above its threshold.</source>
        <translation>请给出延迟持续高于阈值多少秒后告警。</translation>
    </message>
    <message>
        <source>the store has no alert rule %1</source>
        <translation>元数据库中没有告警规则 %1</translation>
    </message>
    <message>
        <source>rule %1 takes no duration</source>
        <translation>规则 %1 没有持续时间</translation>
    </message>
    <message>
        <source>Leave --duration out.</source>
        <translation>请去掉 --duration。</translation>
    </message>
    <message>
        <source>rule %1 cannot send to &apos;%2&apos;: there is no alert channel of that name</source>
        <translation>规则 %1 无法发送到“%2”：不存在该名称的告警通道</translation>
    </message>
    <message>
        <source>an override of rule %1 needs a project</source>
        <translation>规则 %1 的覆盖需要指定迁移项目</translation>
    </message>
    <message>
        <source>the override of rule %1 for project &apos;%2&apos; changes nothing</source>
        <translation>规则 %1 对项目“%2”的覆盖没有改变任何内容</translation>
    </message>
    <message>
        <source>Give --disable, --enable, --level, --threshold or --duration.</source>
        <translation>请给出 --disable、--enable、--level、--threshold 或 --duration。</translation>
    </message>
    <message>
        <source>rule %1 cannot be overridden for project &apos;%2&apos;: there is no project of that name</source>
        <translation>无法为项目“%2”覆盖规则 %1：不存在该名称的迁移项目</translation>
    </message>
    <message>
        <source>ferry project list shows them.</source>
        <translation>可用 ferry project list 查看。</translation>
    </message>
    <message>
        <source>rule %1 has no override for project &apos;%2&apos;</source>
        <translation>规则 %1 没有针对项目“%2”的覆盖</translation>
    </message>
    <message>
        <source>ferry alert override list shows them.</source>
        <translation>可用 ferry alert override list 查看。</translation>
    </message>
    <message>
        <source>a silence needs a daily window (HH:MM-HH:MM) or an end (until)</source>
        <translation>静默需要每日时段（HH:MM-HH:MM）或结束时间（until）</translation>
    </message>
    <message>
        <source>Give --daily 22:00-06:00 or --until 2026-11-28T08:00 (or +2h).</source>
        <translation>请给出 --daily 22:00-06:00 或 --until 2026-11-28T08:00（或 +2h）。</translation>
    </message>
    <message>
        <source>the silence would end at %1, which has passed</source>
        <translation>该静默将在 %1 结束，而这一时间已经过去</translation>
    </message>
    <message>
        <source>Give a time in the future.</source>
        <translation>请给出将来的时间。</translation>
    </message>
    <message>
        <source>there is no alert silence %1</source>
        <translation>不存在告警静默 %1</translation>
    </message>
    <message>
        <source>ferry alert silence list shows them.</source>
        <translation>可用 ferry alert silence list 查看。</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] [--user NAME] alert &lt;action&gt; [options]

Alert rules, where alerts go (channels that work without the internet), silence windows,
per-project overrides, the incidents the rules raised and every delivery attempt.

Channels:
  channel list
  channel add NAME --webhook URL        A JSON POST to URL (http or https, on the local network).
  channel add NAME --command &quot;CMD ARGS&quot; A local command: the alert as JSON on its standard
                                        input and in FERRY_ALERT_LEVEL, _TITLE, _TEXT, _PROJECT.
  channel add NAME --smtp HOST[:PORT] --from ADDR --to ADDR[,ADDR...]
                   [--tls starttls|optional|none|smtps] [--ca-file PEM]
                   [--smtp-user USER --password-stdin]
                                        Mail through a relay on the local network. --tls:
                                        starttls (default) requires STARTTLS, optional uses it
                                        when offered, none never, smtps is TLS from the start
                                        (port 465). The password goes to the secret store.
  channel add NAME --tray               A desktop notification in the console&apos;s system tray.
  channel remove NAME
  test CHANNEL                          Send a test alert now (exit 0 delivered, 1 not).
  deliveries [--limit N]                The newest delivery attempts (50), newest first.

Rules (project-failed, paused-ddl, lag, verify-differences, log-retention, disk-full,
component-dead):
  rule list
  rule set RULE [--level info|warning|critical] [--enable|--disable] [--threshold N]
                [--duration SECONDS] [--channels NAME[,NAME...]|none]
                                        --threshold: lag in s (lag), % used (disk-full),
                                        hours of source log left (log-retention);
                                        --duration: how long the lag stays above it.
  override list
  override set RULE PROJECT [--enable|--disable] [--level L] [--threshold N] [--duration S]
  override remove RULE PROJECT
  silence list
  silence add (--daily HH:MM-HH:MM | --until TIME) [--rule RULE] [--project NAME]
              [--reason TEXT]           No alert is sent while a silence covers it: daily in
                                        local time (may pass midnight), or until TIME
                                        (ISO 8601, local unless it ends in Z; or +30m, +2h, +1d).
  silence remove ID
  incidents [--open] [--limit N]        Conditions that held: opened, resolved, notified.
  evaluate                              Evaluate the rules once now (as the console and every
                                        ferry run do on their timer) and print what happened.

Changing channels, rules, overrides and silences takes the administrator role (audited); a
test or an evaluation, the operator role.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok, 1 failed or not allowed, 2 bad usage or input.
</source>
        <translation>用法：ferry [--store PATH] [--user NAME] alert &lt;操作&gt; [选项]

告警规则、告警发送去向（无需互联网即可工作的告警通道）、静默时段、项目级覆盖、
规则触发的告警事件以及每一次发送尝试。

告警通道：
  channel list
  channel add NAME --webhook URL        向 URL 发送 JSON POST（http 或 https，位于本地网络）。
  channel add NAME --command &quot;CMD ARGS&quot; 本地命令：告警以 JSON 形式写入其标准输入，并放在
                                        FERRY_ALERT_LEVEL、_TITLE、_TEXT、_PROJECT 中。
  channel add NAME --smtp HOST[:PORT] --from ADDR --to ADDR[,ADDR...]
                   [--tls starttls|optional|none|smtps] [--ca-file PEM]
                   [--smtp-user USER --password-stdin]
                                        经本地网络中的邮件中继发送邮件。--tls：
                                        starttls（默认）要求 STARTTLS，optional 在对方支持
                                        时使用，none 从不使用，smtps 从连接开始即为 TLS
                                        （端口 465）。密码保存在密钥存储中。
  channel add NAME --tray               在控制台的系统托盘中显示桌面通知。
  channel remove NAME
  test CHANNEL                          立即发送一条测试告警（送达退出码 0，否则 1）。
  deliveries [--limit N]                最近的发送尝试（50 条），最新的在前。

告警规则（project-failed、paused-ddl、lag、verify-differences、log-retention、disk-full、
component-dead）：
  rule list
  rule set RULE [--level info|warning|critical] [--enable|--disable] [--threshold N]
                [--duration SECONDS] [--channels NAME[,NAME...]|none]
                                        --threshold：延迟秒数（lag）、已用百分比
                                        （disk-full）、源端日志剩余小时数（log-retention）；
                                        --duration：延迟持续高于阈值多久才告警。
  override list
  override set RULE PROJECT [--enable|--disable] [--level L] [--threshold N] [--duration S]
  override remove RULE PROJECT
  silence list
  silence add (--daily HH:MM-HH:MM | --until TIME) [--rule RULE] [--project NAME]
              [--reason TEXT]           静默覆盖的告警不会发送：每日时段按本地时间
                                        （可跨越午夜），或直到 TIME 为止（ISO 8601，
                                        以 Z 结尾为 UTC，否则为本地时间；或 +30m、+2h、+1d）。
  silence remove ID
  incidents [--open] [--limit N]        曾成立的告警条件：触发、恢复、已通知。
  evaluate                              立即评估一次所有规则（与控制台和每个 ferry run
                                        的定时评估相同），并打印结果。

修改告警通道、规则、覆盖和静默需要管理员角色（记入审计）；发送测试告警或评估规则需要
运维员角色。

选项：
  --json   在标准输出上输出机器可读的结果
退出码：0 成功，1 失败或不允许，2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time for --until</source>
        <translation>“%1”不是 --until 可用的时间</translation>
    </message>
    <message>
        <source>Give an ISO 8601 time such as 2026-11-28T08:00 (local) or 2026-11-28T07:00Z, or +30m, +2h, +1d.</source>
        <translation>请给出 ISO 8601 时间，例如 2026-11-28T08:00（本地时间）或 2026-11-28T07:00Z，或 +30m、+2h、+1d。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a daily window for --daily</source>
        <translation>“%1”不是 --daily 可用的每日时段</translation>
    </message>
    <message>
        <source>Give two local times, HH:MM-HH:MM, such as 22:00-06:00.</source>
        <translation>请给出两个本地时间 HH:MM-HH:MM，例如 22:00-06:00。</translation>
    </message>
    <message>
        <source>there is no alert rule &apos;%1&apos;</source>
        <translation>不存在告警规则“%1”</translation>
    </message>
    <message>
        <source>The rules are: %1.</source>
        <translation>可用的规则有：%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert level</source>
        <translation>“%1”不是告警级别</translation>
    </message>
    <message>
        <source>Give info, warning or critical.</source>
        <translation>请给出 info、warning 或 critical。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;</source>
        <translation>--%1 需要整数，而不是“%2”</translation>
    </message>
    <message>
        <source>alert channel add needs one of --webhook URL, --command CMD, --smtp HOST[:PORT] or --tray</source>
        <translation>alert channel add 需要 --webhook URL、--command CMD、--smtp HOST[:PORT] 或 --tray 之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLS mode for --tls</source>
        <translation>“%1”不是 --tls 可用的 TLS 模式</translation>
    </message>
    <message>
        <source>Give starttls, optional, none or smtps.</source>
        <translation>请给出 starttls、optional、none 或 smtps。</translation>
    </message>
    <message>
        <source>alert needs an action</source>
        <translation>alert 需要指定操作</translation>
    </message>
    <message>
        <source>alert %1 needs an action</source>
        <translation>alert %1 需要指定操作</translation>
    </message>
    <message>
        <source>unknown alert action &apos;%1&apos;</source>
        <translation>未知的 alert 操作“%1”</translation>
    </message>
    <message>
        <source>alert %1 takes no NAME</source>
        <translation>alert %1 不接受 NAME</translation>
    </message>
    <message>
        <source>alert %1 needs a NAME</source>
        <translation>alert %1 需要 NAME</translation>
    </message>
    <message>
        <source>alert %1 needs a RULE and a PROJECT</source>
        <translation>alert %1 需要 RULE 和 PROJECT</translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable 与 --disable 不能同时使用</translation>
    </message>
    <message>
        <source>alert silence add needs either --daily HH:MM-HH:MM or --until TIME</source>
        <translation>alert silence add 需要 --daily HH:MM-HH:MM 或 --until TIME</translation>
    </message>
    <message>
        <source>alert silence remove needs the silence&apos;s number</source>
        <translation>alert silence remove 需要静默的编号</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>选项 --%1 不接受值</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>See --help for the options of this command.</source>
        <translation>用 --help 查看本命令的选项。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>--%1 需要整数，而不是“%2”</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] [--user NAME] audit &lt;action&gt; [options]

The operation audit: who did what to which object, when, with what result (logins, data
source and project changes with before and after, runs started and paused, parameter and
user changes; never a password). Records are append-only and each carries the hash of the
one before, so a record edited, removed or moved outside Ferry is found by verify.

Actions:
  list [--limit N]   The newest N records (50), newest first.
  verify             Checks the chain: exit 0 when intact, 1 naming the first broken record.
  export FILE        Every record, oldest first: JSON when FILE ends in .json, else CSV.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok (the chain intact), 1 failed or the chain broken, 2 bad usage or input.
</source>
        <translation>用法：ferry [--store PATH] [--user NAME] audit &lt;操作&gt; [选项]

操作审计：谁在何时对哪个对象做了什么、结果如何（登录、数据源与迁移项目的变更及其前后
内容、运行的启动与暂停、系统参数与用户的变更；从不记录密码）。审计记录只追加不修改，
每条记录都带有前一条记录的哈希值，因此在 Ferry 之外被修改、删除或移动的记录都能被
verify 发现。

操作：
  list [--limit N]   最近的 N 条记录（默认 50 条），最新的在前。
  verify             校验哈希链：完整时退出码 0，否则退出码 1 并指出第一条损坏的记录。
  export FILE        导出全部记录，最早的在前：FILE 以 .json 结尾时为 JSON，否则为 CSV。

选项：
  --json   在标准输出上输出机器可读的结果
退出码：0 成功（哈希链完整），1 失败或哈希链已损坏，2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>audit needs an action</source>
        <translation>audit 需要指定操作</translation>
    </message>
    <message>
        <source>unknown audit action &apos;%1&apos;</source>
        <translation>未知的 audit 操作“%1”</translation>
    </message>
    <message>
        <source>audit export needs a FILE</source>
        <translation>audit export 需要 FILE</translation>
    </message>
    <message>
        <source>audit %1 takes no arguments</source>
        <translation>audit %1 不接受参数</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] [--json] &lt;command&gt; [options]
       ferry                      open the console

Ferry migrates and synchronizes databases: MySQL, MariaDB, OceanBase (MySQL mode),
PostgreSQL and SQLite.

Commands:
  datasource   add, list, show, edit, copy, remove and test data sources
  run FILE     run (or resume) the migration project a JSON file describes
  project      list, show, export, import and remove migration projects
  status       where projects stand; `status NAME`: steps and change streams (lag,
               positions, events/s, per-table changes)
  verify FILE  compare source and target, name every difference, write the fix SQL
  switchover FILE  cut over to the target and start the reverse increment
  ddl FILE     show or decide the schema change a change stream paused at
  user         add, list, change and remove users (administrator, operator, viewer)
  audit        list, verify and export the operation audit
  config       get, set and list system parameters
  alert        alert rules, channels (webhook, command, SMTP, tray), silences,
               overrides, incidents, test alerts, deliveries
  diag         `diag bundle OUT.tar.gz`: a diagnostic archive without secrets;
               `diag risks`: the risk board

Global options:
  --store PATH   metadata store file (or FERRY_STORE; default in the user data folder)
  --user NAME    who acts (needed once admin has a password); the password from
                 FERRY_USER_PASSWORD, a prompt on a terminal, or the first line of standard
                 input. After `datasource`, --user is the database user: put it first.
  --json         machine-readable output on stdout
  --verbose      debug detail in the log file (or FERRY_VERBOSE=1)
  --help         this text; `ferry &lt;command&gt; --help` for a command
  --version      print the version

Console options (without a command):
  --page P       open a module: overview, migration, synchronization, datasources,
                 monitoring, system
  --project NAME open a migration project&apos;s details, with --tab progress, incremental,
                 checkpoints, verification, log or definition

Passwords never go on the command line: --password-stdin reads them from standard input.
Without an OS keychain they are kept in an encrypted vault beside the store, unlocked by
FERRY_MASTER_PASSWORD (or a prompt on a terminal).

Exit codes: 0 ok, 1 failed (an action the user&apos;s role does not allow among them), 2 bad
usage or input, 3 differences found (verify).
</source>
        <translation>用法：ferry [--store PATH] [--json] &lt;命令&gt; [选项]
      ferry                      打开控制台

Ferry 用于迁移和同步数据库：MySQL、MariaDB、OceanBase（MySQL 模式）、PostgreSQL
和 SQLite。

命令：
  datasource   添加、列出、查看、编辑、复制、删除和测试数据源
  run FILE     运行（或继续运行）JSON 文件所描述的迁移项目
  project      列出、查看、导出、导入和删除迁移项目
  status       各迁移项目的状态；`status NAME`：各步骤与变更流（延迟、位点、
               每秒事件数、各表变更数）
  verify FILE  比对源端与目标端，列出每一处差异，生成修复 SQL
  switchover FILE  正向切换到目标端并启动反向增量
  ddl FILE     查看或决定变更流暂停处的结构变更（DDL）
  user         添加、列出、修改和删除用户（管理员、运维员、只读用户）
  audit        列出、校验和导出操作审计
  config       查看、设置和列出系统参数
  alert        告警规则、告警通道（webhook、命令、SMTP、托盘）、静默、
               项目级覆盖、告警事件、测试告警、发送记录
  diag         `diag bundle OUT.tar.gz`：不含密钥信息的诊断包；
               `diag risks`：风险看板

全局选项：
  --store PATH   元数据库文件（或 FERRY_STORE；默认位于用户数据目录）
  --user NAME    操作者（admin 设置密码后必须指定）；密码取自 FERRY_USER_PASSWORD、
                 终端上的提示输入或标准输入的第一行。在 `datasource` 之后，--user
                 表示数据库用户：请把操作者的 --user 放在命令之前。
  --json         在标准输出上输出机器可读的结果
  --verbose      在日志文件中记录调试信息（或 FERRY_VERBOSE=1）
  --help         显示本帮助；`ferry &lt;命令&gt; --help` 显示某个命令的帮助
  --version      显示版本号

控制台选项（不带命令时）：
  --page P       打开一个模块：overview、migration、synchronization、datasources、
                 monitoring、system
  --project NAME 打开某个迁移项目的详情，可配合 --tab progress、incremental、
                 checkpoints、verification、log 或 definition

密码从不出现在命令行上：--password-stdin 从标准输入读取密码。没有系统钥匙串时，
密码保存在元数据库旁的加密保险库中，由 FERRY_MASTER_PASSWORD（或终端上的提示输入）解锁。

退出码：0 成功，1 失败（包括用户角色不允许的操作），2 用法或输入错误，
3 发现差异（verify）。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] [--user NAME] config &lt;action&gt; [options]

System parameters: every tunable of this installation with its type, default, valid range,
and whether a change applies live or at the next run.

Actions:
  list          Every parameter; a changed one is marked with *.
  diff          The parameters that differ from their defaults, with both values.
  get NAME      One parameter&apos;s value.
  set NAME VALUE
                Change a parameter (administrators only; audited); VALUE `default` puts
                the default back.

Options:
  --json   machine-readable output on stdout
Exit codes: 0 ok, 1 failed or not allowed, 2 bad usage, an unknown parameter or a value out
of its range.
</source>
        <translation>用法：ferry [--store PATH] [--user NAME] config &lt;操作&gt; [选项]

系统参数：本安装的每一个可调参数，及其类型、默认值、有效范围，以及修改是立即生效
还是在下次运行时生效。

操作：
  list          列出全部参数；已修改的参数以 * 标记。
  diff          与默认值不同的参数，同时显示两个值。
  get NAME      某个参数的值。
  set NAME VALUE
                修改参数（仅限管理员；记入审计）；VALUE 为 `default` 时恢复默认值。

选项：
  --json   在标准输出上输出机器可读的结果
退出码：0 成功，1 失败或不允许，2 用法错误、未知参数或取值超出范围。
</translation>
    </message>
    <message>
        <source>config needs an action</source>
        <translation>config 需要指定操作</translation>
    </message>
    <message>
        <source>unknown config action &apos;%1&apos;</source>
        <translation>未知的 config 操作“%1”</translation>
    </message>
    <message>
        <source>config set needs a NAME and a VALUE</source>
        <translation>config set 需要 NAME 和 VALUE</translation>
    </message>
    <message>
        <source>config get needs a NAME</source>
        <translation>config get 需要 NAME</translation>
    </message>
    <message>
        <source>config %1 takes no arguments</source>
        <translation>config %1 不接受参数</translation>
    </message>
    <message>
        <source>the store %1 has users with passwords: say who acts</source>
        <translation>元数据库 %1 的用户已设置密码：请指明操作者</translation>
    </message>
    <message>
        <source>Add --user NAME (the password from FERRY_USER_PASSWORD or standard input).</source>
        <translation>请加上 --user NAME（密码取自 FERRY_USER_PASSWORD 或标准输入）。</translation>
    </message>
    <message>
        <source>Set FERRY_MASTER_PASSWORD to its master password (no keychain is reachable on this machine).</source>
        <translation>请将 FERRY_MASTER_PASSWORD 设为其主密码（本机无法使用系统钥匙串）。</translation>
    </message>
    <message>
        <source>the two master passwords differ</source>
        <translation>两次输入的主密码不一致</translation>
    </message>
    <message>
        <source>Run the command again and type the same password twice.</source>
        <translation>请重新运行命令，并两次输入相同的密码。</translation>
    </message>
    <message>
        <source>%1 needs confirmation</source>
        <translation>%1需要确认</translation>
    </message>
    <message>
        <source>Add --yes to confirm without a terminal.</source>
        <translation>没有终端时请加上 --yes 进行确认。</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] datasource &lt;action&gt; [options]

Manage saved data sources (passwords go to the OS keychain or the encrypted vault).

Actions:
  list                         List data sources.
  show NAME                    Show one data source (never its password).
  add NAME --engine E ...      Add a data source.
  edit NAME [field options]    Change fields; only the given ones change.
  copy NAME [NEW]              Copy as NEW (default NAME-copy); the password is reused
                               unless --password-stdin or --no-password is given.
  remove NAME [--yes]          Delete (refused while a project uses it).
  test NAME                    Connect and probe what migrations need (a Kafka cluster:
                               list its brokers and topics).

Field options (add, edit):
  --engine E         mysql | mariadb | oceanbase-mysql | postgresql | sqlite | kafka
  --host H  --port P  --user U  --database D
  --schema S         PostgreSQL schema (default public)
  --path FILE        SQLite database file (instead of host/port/user)
  --tls MODE         disable | prefer | require | verify-ca | verify-full (default prefer)
  --ca-file FILE     CA certificate (PEM) for verify-ca / verify-full
  --remark TEXT

Kafka options (--engine kafka; --user and --ca-file as above, the SASL password as any):
  --bootstrap-servers LIST     host:port[,host:port...]
  --security-protocol P        plaintext | ssl | sasl_plaintext | sasl_ssl (default plaintext)
  --sasl-mechanism M           PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512
  --client-id ID               (default ferry)
  --name NEW         (edit) rename
  --password-stdin   read the password from the first line of standard input
  --no-password      (edit, copy) save no password

Global options:
  --store PATH       metadata store file (default: $FERRY_STORE or the user data folder)
  --json             machine-readable output on stdout

Exit codes: 0 ok, 1 failed, 2 bad usage or input.
Without --password-stdin, add asks for the password when standard input is a terminal.
</source>
        <translation>用法：ferry [--store PATH] datasource &lt;操作&gt; [选项]

管理已保存的数据源（密码保存在系统钥匙串或加密保险库中）。

操作：
  list                         列出数据源。
  show NAME                    查看一个数据源（从不显示密码）。
  add NAME --engine E ...      添加数据源。
  edit NAME [字段选项]         修改字段；只修改给出的字段。
  copy NAME [NEW]              复制为 NEW（默认 NAME-copy）；除非给出 --password-stdin
                               或 --no-password，否则沿用原密码。
  remove NAME [--yes]          删除（有迁移项目使用时拒绝删除）。
  test NAME                    连接并探测迁移所需的条件（Kafka 集群：列出其 broker
                               和 topic）。

字段选项（add、edit）：
  --engine E         mysql | mariadb | oceanbase-mysql | postgresql | sqlite | kafka
  --host H  --port P  --user U  --database D
  --schema S         PostgreSQL 模式（默认 public）
  --path FILE        SQLite 数据库文件（代替 host/port/user）
  --tls MODE         disable | prefer | require | verify-ca | verify-full（默认 prefer）
  --ca-file FILE     verify-ca / verify-full 使用的 CA 证书（PEM）
  --remark TEXT      备注

Kafka 选项（--engine kafka；--user 和 --ca-file 同上，SASL 密码与其他密码相同）：
  --bootstrap-servers LIST     host:port[,host:port...]
  --security-protocol P        plaintext | ssl | sasl_plaintext | sasl_ssl（默认 plaintext）
  --sasl-mechanism M           PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512
  --client-id ID               （默认 ferry）
  --name NEW         （edit）重命名
  --password-stdin   从标准输入的第一行读取密码
  --no-password      （edit、copy）不保存密码

全局选项：
  --store PATH       元数据库文件（默认：$FERRY_STORE 或用户数据目录）
  --json             在标准输出上输出机器可读的结果

退出码：0 成功，1 失败，2 用法或输入错误。
未给出 --password-stdin 且标准输入是终端时，add 会提示输入密码。
</translation>
    </message>
    <message>
        <source>--%1 is not an option of a Kafka data source</source>
        <translation>--%1 不是 Kafka 数据源的选项</translation>
    </message>
    <message>
        <source>Give --bootstrap-servers host:port[,host:port...] instead.</source>
        <translation>请改用 --bootstrap-servers host:port[,host:port...]。</translation>
    </message>
    <message>
        <source>--%1 is an option of a Kafka data source only</source>
        <translation>--%1 只适用于 Kafka 数据源</translation>
    </message>
    <message>
        <source>Add --engine kafka, or leave --%1 out.</source>
        <translation>请加上 --engine kafka，或去掉 --%1。</translation>
    </message>
    <message>
        <source>--engine is required</source>
        <translation>必须给出 --engine</translation>
    </message>
    <message>
        <source>Use one of: %1, kafka.</source>
        <translation>可选值：%1、kafka。</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>端口“%1”不是数字</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535.</source>
        <translation>请使用 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>an SQLite data source has a file, not a host or user</source>
        <translation>SQLite 数据源使用文件，没有主机或用户</translation>
    </message>
    <message>
        <source>Give --path FILE instead.</source>
        <translation>请改用 --path FILE。</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password contradict each other</source>
        <translation>--password-stdin 与 --no-password 互相矛盾</translation>
    </message>
    <message>
        <source>datasource show needs exactly one NAME</source>
        <translation>datasource show 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>datasource add needs exactly one NAME</source>
        <translation>datasource add 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>datasource edit needs exactly one NAME</source>
        <translation>datasource edit 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>datasource copy needs NAME and optionally NEW</source>
        <translation>datasource copy 需要 NAME，NEW 可选</translation>
    </message>
    <message>
        <source>datasource remove needs exactly one NAME</source>
        <translation>datasource remove 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>removing data source &apos;%1&apos; needs confirmation</source>
        <translation>删除数据源“%1”需要确认</translation>
    </message>
    <message>
        <source>Delete data source &apos;%1&apos;?</source>
        <translation>删除数据源“%1”？</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <source>datasource test needs exactly one NAME</source>
        <translation>datasource test 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>unknown datasource action &apos;%1&apos;</source>
        <translation>未知的 datasource 操作“%1”</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] ddl FILE [--apply | --sql STATEMENT | --skip | --stop]

A change stream pauses at a schema change it does not apply by itself and shows the statement
(ferry status, the project&apos;s log, the project page in the console). This command shows it, or
records what to do with it; the next `ferry run FILE` carries the decision out and goes on from
there, nothing lost:
  --apply           run the statement on the target as the source logged it
  --sql STATEMENT   run STATEMENT on the target instead (the change in the target&apos;s dialect)
  --skip            leave the target as it is and go on
  --stop            decide nothing (withdraw a decision not carried out yet): the project
                    stays paused at the statement until a decision

Exit codes: 0 shown or recorded, 2 bad usage or the project is not paused at a schema change,
1 anything else failed (the store; the project&apos;s lock, held while it runs).
</source>
        <translation>用法：ferry [--store PATH] ddl FILE [--apply | --sql STATEMENT | --skip | --stop]

变更流遇到不会自动执行的结构变更（DDL）时会暂停，并显示该语句（见 ferry status、项目日志、
控制台中的项目页面）。本命令显示该语句，或记录对它的处理决定；下一次 `ferry run FILE`
执行该决定并从那里继续，不丢失任何数据：
  --apply           按源端日志中的原样在目标端执行该语句
  --sql STATEMENT   改为在目标端执行 STATEMENT（以目标端方言写出的同一变更）
  --skip            保持目标端不变，继续同步
  --stop            不做决定（撤回尚未执行的决定）：项目保持暂停在该语句处，直到做出决定

退出码：0 已显示或已记录，2 用法错误或项目未暂停在结构变更处，
1 其他失败（元数据库；项目运行时持有的项目锁）。
</translation>
    </message>
    <message>
        <source>ddl needs exactly one project FILE</source>
        <translation>ddl 需要且只需要一个项目文件 FILE</translation>
    </message>
    <message>
        <source>choose one of --apply, --sql, --skip and --stop</source>
        <translation>请在 --apply、--sql、--skip 和 --stop 中选择一个</translation>
    </message>
    <message>
        <source>--sql needs the statement to run on the target</source>
        <translation>--sql 需要在目标端执行的语句</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is not paused at a schema change</source>
        <translation>迁移项目“%1”没有暂停在结构变更处</translation>
    </message>
    <message>
        <source>ferry status shows where its streams stand.</source>
        <translation>可用 ferry status 查看其变更流的状态。</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] diag &lt;action&gt; [options]

Diagnosis for O&amp;M engineers, also on an isolated network.

Actions:
  bundle OUT.tar.gz   Writes one gzip&apos;d tar with Ferry&apos;s logs (rotated ones too), project
                      and data source definitions, server versions and settings (asked with
                      a short timeout; failures are recorded), the risk board, the store&apos;s
                      tables as JSON (metrics, stream state, heartbeats, components), host
                      figures and the versions of Ferry, Qt and the client libraries.
                      Passwords and other secrets are removed.
  risks               The risk board: log retention against catch-up, replication slots,
                      lag, failed steps, the store&apos;s disk; each with what to do.

Options:
  --sample-seconds N  how long to watch the streams for their rates (default 3)
  --timeout N         seconds to wait for each server (default 3)
  --json              machine-readable output on stdout
Exit codes: 0 ok (risks: none critical), 1 failed (risks: a critical one), 2 bad usage.
</source>
        <translation>用法：ferry [--store PATH] diag &lt;操作&gt; [选项]

面向运维工程师的诊断工具，在隔离网络中同样可用。

操作：
  bundle OUT.tar.gz   生成一个 gzip 压缩的 tar 包，包含 Ferry 的日志（含已轮转的日志）、
                      迁移项目和数据源定义、数据库服务器版本与配置（以较短的超时查询；
                      失败也会记录）、风险看板、元数据库中的表（JSON：指标、变更流状态、
                      心跳、组件）、主机指标以及 Ferry、Qt 和客户端库的版本。
                      密码和其他密钥信息均已去除。
  risks               风险看板：日志保留时长与追平所需时间、复制槽、延迟、失败的步骤、
                      元数据库所在磁盘；每项都附有处理建议。

选项：
  --sample-seconds N  观察变更流以计算速率的时长（默认 3 秒）
  --timeout N         等待每个数据库服务器的秒数（默认 3）
  --json              在标准输出上输出机器可读的结果
退出码：0 成功（risks：无严重风险），1 失败（risks：存在严重风险），2 用法错误。
</translation>
    </message>
    <message>
        <source>diag needs an action: bundle OUT.tar.gz or risks</source>
        <translation>diag 需要指定操作：bundle OUT.tar.gz 或 risks</translation>
    </message>
    <message>
        <source>unknown diag action &apos;%1&apos;</source>
        <translation>未知的 diag 操作“%1”</translation>
    </message>
    <message>
        <source>diag bundle needs the archive&apos;s path: OUT.tar.gz</source>
        <translation>diag bundle 需要诊断包的路径：OUT.tar.gz</translation>
    </message>
    <message>
        <source>diag risks takes no arguments</source>
        <translation>diag risks 不接受参数</translation>
    </message>
    <message>
        <source>--sample-seconds needs a number of seconds from 0 to 600</source>
        <translation>--sample-seconds 需要 0 到 600 之间的秒数</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 300</source>
        <translation>--timeout 需要 1 到 300 之间的秒数</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] project &lt;action&gt; [options]

Migration projects in the metadata store.

Actions:
  list                       List projects with state and progress.
  show NAME                  Definition, steps and per-table progress.
  export NAME [-o FILE]      Write the project file (JSON, never passwords).
  export NAME --as flink-cdc|kafka-connect [-o DIR] [--bootstrap-servers HOST:PORT]
                             Hand the project to a distributed engine: a Flink CDC pipeline
                             (YAML), or Debezium source + JDBC sink connectors (JSON), with
                             the same tables, renames, columns, filters and topics, and the
                             list of what that engine cannot express (docs/scale-out.md).
                             Without -o the files go to standard output.
  import FILE                Store a project from a file without running it.
  pause NAME                 Ask the run of the project (a `ferry run` on this host) to
                             stop at its next checkpoint; run it again to resume.
  remove NAME [--yes]        Delete the project, its checkpoints and log (the target
                             tables stay). Refused while a run holds the project.
  reset NAME [--yes]         Forget the project&apos;s progress (checkpoints, table and step
                             states) so it starts again, and its endpoints and objects may
                             change; the definition and log stay, and so do the target
                             tables. Refused while a run holds the project.

Options:
  --json     machine-readable output on stdout
Exit codes: 0 ok, 1 failed, 2 bad usage or input.
</source>
        <translation>用法：ferry [--store PATH] project &lt;操作&gt; [选项]

元数据库中的迁移项目。

操作：
  list                       列出迁移项目及其状态和进度。
  show NAME                  定义、步骤以及各表进度。
  export NAME [-o FILE]      写出项目文件（JSON，从不包含密码）。
  export NAME --as flink-cdc|kafka-connect [-o DIR] [--bootstrap-servers HOST:PORT]
                             将项目交给分布式引擎：Flink CDC 管道（YAML），或 Debezium
                             源连接器 + JDBC 目标连接器（JSON），表、重命名、列、过滤条件
                             和 topic 均相同，并列出该引擎无法表达的内容
                             （docs/scale-out.md）。不带 -o 时文件写到标准输出。
  import FILE                从文件保存迁移项目，但不运行。
  pause NAME                 请求该项目的运行（本机上的 `ferry run`）在下一个检查点停止；
                             再次运行即可继续。
  remove NAME [--yes]        删除项目及其检查点和日志（目标端的表保留）。
                             项目正在运行时拒绝删除。
  reset NAME [--yes]         清除项目的进度（检查点、表和步骤的状态），使其重新开始，
                             并允许修改其端点和对象；定义、日志以及目标端的表保留。
                             项目正在运行时拒绝重置。

选项：
  --json     在标准输出上输出机器可读的结果
退出码：0 成功，1 失败，2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>removing project &apos;%1&apos;</source>
        <translation>删除迁移项目“%1”</translation>
    </message>
    <message>
        <source>Delete project &apos;%1&apos; with its checkpoints and log?</source>
        <translation>删除迁移项目“%1”及其检查点和日志？</translation>
    </message>
    <message>
        <source>resetting project &apos;%1&apos;</source>
        <translation>重置迁移项目“%1”</translation>
    </message>
    <message>
        <source>Forget the progress of project &apos;%1&apos; (its target tables stay)?</source>
        <translation>清除迁移项目“%1”的进度（目标端的表保留）？</translation>
    </message>
    <message>
        <source>nothing was reset</source>
        <translation>未重置任何内容</translation>
    </message>
    <message>
        <source>unknown project action &apos;%1&apos;</source>
        <translation>未知的 project 操作“%1”</translation>
    </message>
    <message>
        <source>project %1 needs exactly one argument</source>
        <translation>project %1 需要且只需要一个参数</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] run FILE [--until-caught-up] [--metrics HOST:PORT] [--json] [--quiet]

Runs the project described by FILE (JSON, see docs/project-file.md): precheck, then its
steps in order (schema, full, incremental, verify; a sync project: full, incremental into
Kafka). Running the same file again
resumes the project of that name from its checkpoints; finished steps are not redone. Ctrl-C
(SIGINT) or SIGTERM stops at a checkpoint.

With &quot;incremental&quot; in its steps the run keeps the target in step with the source until it is
stopped: Ctrl-C or SIGTERM then stop it at a clean point (exit 0 once the other steps are
done), and the next run goes on from the position the target committed.

Options:
  --until-caught-up  stop the incremental step (exit 0) once it has applied every change the
                     source committed by the time the other steps ended
  --metrics HOST:PORT  serve /metrics (Prometheus text: this run&apos;s components and the host)
                     on HOST:PORT while the run lasts; &quot;:PORT&quot; is 127.0.0.1, port 0 any free
                     one (stderr names it); see docs/monitoring.md
  --json             print the outcome as JSON on stdout (progress is not shown)
  --quiet            no progress, only warnings and errors on stderr

Exit codes: 0 every step done (or the stream stopped at a clean point), 1 a step failed or
the run was stopped before its finite steps ended (one line on stderr says why), 2 a bad
project file or usage, 3 verification found differences.
</source>
        <translation>用法：ferry [--store PATH] run FILE [--until-caught-up] [--metrics HOST:PORT] [--json] [--quiet]

运行 FILE（JSON，见 docs/project-file.md）所描述的迁移项目：先进行预检查，再按顺序执行
各步骤（结构迁移、全量迁移、增量同步、全量校验；同步项目：全量、增量写入 Kafka）。
再次运行同一文件时，从检查点继续同名项目；已完成的步骤不会重做。Ctrl-C（SIGINT）
或 SIGTERM 会在检查点处停止。

步骤中包含 &quot;incremental&quot; 时，运行会持续让目标端与源端保持同步，直到被停止：
此时 Ctrl-C 或 SIGTERM 会在一个一致点停止（其他步骤完成后退出码为 0），
下次运行从目标端已提交的位点继续。

选项：
  --until-caught-up  增量同步应用完其他步骤结束时源端已提交的全部变更后即停止（退出码 0）
  --metrics HOST:PORT  运行期间在 HOST:PORT 上提供 /metrics（Prometheus 文本格式：本次
                     运行的组件和主机）；&quot;:PORT&quot; 表示 127.0.0.1，端口 0 表示任一空闲端口
                     （标准错误输出会给出端口）；见 docs/monitoring.md
  --json             以 JSON 在标准输出上输出结果（不显示进度）
  --quiet            不显示进度，只在标准错误输出上显示警告和错误

退出码：0 全部步骤完成（或变更流在一致点停止），1 某个步骤失败或在有限步骤结束前被停止
（标准错误输出中的一行说明原因），2 项目文件或用法错误，3 校验发现差异。
</translation>
    </message>
    <message>
        <source>run needs exactly one project FILE</source>
        <translation>run 需要且只需要一个项目文件 FILE</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] status [NAME] [--json]
       ferry [--store PATH] status [NAME] --metrics 1h|24h|7d [--component NAME] [--csv|--json]

Where migration projects stand, as their runs last saved it, and the pipeline components
(readers, writers, change readers, appliers, verifiers, sinks) of the runs on this machine
with their current figures; a component whose process is gone shows as dead.

Without NAME: one line per project with its state, steps, and the state and lag of its
incremental (&quot;forward&quot;) change stream.
With NAME: the project&apos;s state, each step&apos;s state and, for each change stream (forward,
reverse), its state, read and applied positions, the source commit time of the last applied
transaction, the lag, events per second, transactions, per-table inserts, updates and deletes,
and what it waits for or why it failed.

With --metrics: the metrics history (rows/s, bytes/s, events/s, queue depth, retries, errors,
lag by stage; the host&apos;s CPU, memory and disk without NAME) over the last hour, day or week,
averaged per 10 s, 1 min or 10 min, as CSV (time,project,component,metric,value) or JSON.

Options:
  --json     machine-readable output on stdout (docs/cli.md describes it)
  --metrics RANGE    the metrics history of the last 1h, 24h or 7d
  --component NAME   with --metrics: only this component (&quot;&quot; for the project&apos;s totals)
  --csv      with --metrics: CSV on stdout (the default)
Exit codes: 0 ok, 1 failed (the store could not be read, or the project NAME or one of its
streams has failed), 2 bad usage or no project of that name.
</source>
        <translation>用法：ferry [--store PATH] status [NAME] [--json]
      ferry [--store PATH] status [NAME] --metrics 1h|24h|7d [--component NAME] [--csv|--json]

各迁移项目最近一次运行所保存的状态，以及本机上运行中的管道组件（读取器、写入器、
变更读取器、应用器、校验器、输出端）及其当前指标；进程已不存在的组件显示为 dead。

不带 NAME：每个迁移项目一行，包括其状态、步骤，以及增量（正向）变更流的状态和延迟。
带 NAME：该项目的状态、每个步骤的状态，以及每条变更流（正向、反向）的状态、读取位点和
应用位点、最后应用事务在源端的提交时间、延迟、每秒事件数、事务数、各表的插入、更新和
删除数，以及它在等待什么或失败的原因。

带 --metrics：最近一小时、一天或一周的指标历史（行/秒、字节/秒、事件/秒、队列深度、
重试、错误、各阶段延迟；不带 NAME 时为主机的 CPU、内存和磁盘），按 10 秒、1 分钟或
10 分钟取平均，以 CSV（time,project,component,metric,value）或 JSON 输出。

选项：
  --json     在标准输出上输出机器可读的结果（见 docs/cli.md）
  --metrics RANGE    最近 1h、24h 或 7d 的指标历史
  --component NAME   配合 --metrics：只输出该组件（&quot;&quot; 表示项目合计）
  --csv      配合 --metrics：在标准输出上输出 CSV（默认）
退出码：0 成功，1 失败（无法读取元数据库，或项目 NAME 或其某条变更流已失败），
2 用法错误或没有该名称的迁移项目。
</translation>
    </message>
    <message>
        <source>--metrics takes 1h, 24h or 7d, not &apos;%1&apos;</source>
        <translation>--metrics 的取值为 1h、24h 或 7d，而不是“%1”</translation>
    </message>
    <message>
        <source>--csv and --json: choose one</source>
        <translation>--csv 与 --json 只能选择一个</translation>
    </message>
    <message>
        <source>status takes at most one project NAME, not %1 arguments</source>
        <translation>status 最多接受一个项目名称 NAME，而不是 %1 个参数</translation>
    </message>
    <message>
        <source>--csv and --component go with --metrics</source>
        <translation>--csv 和 --component 需要与 --metrics 一起使用</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] switchover FILE [--json]

Switches the project FILE describes over from its source to its target (OMS&apos;s forward
switchover), one step at a time:
  1. catch up: apply everything the source committed;
  2. check that the source had no writes to the project&apos;s tables for incremental.quietSeconds
     (default 5 s);
  3. verify the tables the incremental step changed (every row identical, or no switch);
  4. record the switchover positions on both sides (the target&apos;s capture is installed first);
  5. stop the forward stream for good and release its capture on the source.
Then `ferry run FILE` keeps the old source in step with the target (the reverse increment),
skipping the transactions Ferry applied itself, so the old database stays a live fallback.
A failure before step 4 switches nothing: fix what it names and switch over again.

Exit codes: 0 switched over, 1 a step failed (one line on stderr says which and why),
2 bad usage or project file, 3 the final verification found differences.
</source>
        <translation>用法：ferry [--store PATH] switchover FILE [--json]

将 FILE 所描述的项目从源端切换到目标端（OMS 的正向切换），逐步进行：
  1. 追平：应用源端已提交的全部变更；
  2. 检查源端在 incremental.quietSeconds（默认 5 秒）内没有写入项目中的表；
  3. 校验增量同步改动过的表（每一行都一致，否则不切换）；
  4. 在两端记录切换位点（先在目标端安装变更捕获）；
  5. 永久停止正向变更流，并释放其在源端的变更捕获。
之后 `ferry run FILE` 让原源端与目标端保持同步（反向增量），并跳过 Ferry 自己应用的事务，
使原数据库始终是可用的回退库。
第 4 步之前的失败不会切换任何内容：修复提示中指出的问题后重新切换即可。

退出码：0 已切换，1 某一步失败（标准错误输出中的一行说明是哪一步以及原因），
2 用法或项目文件错误，3 最终校验发现差异。
</translation>
    </message>
    <message>
        <source>switchover needs exactly one project FILE</source>
        <translation>switchover 需要且只需要一个项目文件 FILE</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] [--user NAME] user &lt;action&gt; [options]

Users of this store and their roles: administrator (everything, users and system parameters
included), operator (create, change, run and remove projects and data sources), viewer (read
only). The built-in administrator `admin` has no password on a fresh store, and commands act
as it without --user; once it has one, every command says who acts with --user NAME.

Actions:
  list                                   Users with their role and state.
  add NAME --role ROLE --password-stdin  Add a user (administrators only).
  passwd NAME --password-stdin           Change your own password (an administrator: anyone&apos;s).
  reset NAME --password-stdin            An administrator sets another user&apos;s password.
  role NAME ROLE                         Change a user&apos;s role (administrators only).
  disable NAME                           A disabled user cannot sign in (administrators only).
  enable NAME
  remove NAME [--yes]                    Delete a user (administrators only; not admin).

The last enabled administrator cannot be removed, disabled or demoted.

Options:
  --role ROLE        administrator, operator or viewer
  --password-stdin   read the new password from a line of standard input (after the acting
                     user&apos;s password when that comes from standard input too); on a
                     terminal the password is asked for twice otherwise
  --yes              confirm remove without a terminal
  --json             machine-readable output on stdout

Exit codes: 0 ok, 1 failed or not allowed (the line names the role that would be), 2 bad
usage or input.
</source>
        <translation>用法：ferry [--store PATH] [--user NAME] user &lt;操作&gt; [选项]

本元数据库的用户及其角色：管理员（administrator，全部权限，包括用户和系统参数）、
运维员（operator，创建、修改、运行和删除迁移项目与数据源）、只读用户（viewer，只能
查看）。在新的元数据库中，内置管理员 `admin` 没有密码，不带 --user 的命令以它的身份
执行；一旦它设置了密码，每个命令都要用 --user NAME 指明操作者。

操作：
  list                                   列出用户及其角色和状态。
  add NAME --role ROLE --password-stdin  添加用户（仅限管理员）。
  passwd NAME --password-stdin           修改自己的密码（管理员可修改任何人的密码）。
  reset NAME --password-stdin            管理员设置其他用户的密码。
  role NAME ROLE                         修改用户的角色（仅限管理员）。
  disable NAME                           被禁用的用户无法登录（仅限管理员）。
  enable NAME
  remove NAME [--yes]                    删除用户（仅限管理员；admin 除外）。

最后一个启用的管理员不能被删除、禁用或降级。

选项：
  --role ROLE        administrator、operator 或 viewer
  --password-stdin   从标准输入的一行读取新密码（如果操作者的密码也来自标准输入，
                     则在其之后）；否则在终端上会要求输入两次密码
  --yes              在没有终端时确认删除
  --json             在标准输出上输出机器可读的结果

退出码：0 成功，1 失败或不允许（该行会指出需要的角色），2 用法或输入错误。
</translation>
    </message>
    <message>
        <source>the new password of user &apos;%1&apos; is missing</source>
        <translation>缺少用户“%1”的新密码</translation>
    </message>
    <message>
        <source>Give it on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 从标准输入提供。</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>user needs an action</source>
        <translation>user 需要指定操作</translation>
    </message>
    <message>
        <source>unknown user action &apos;%1&apos;</source>
        <translation>未知的 user 操作“%1”</translation>
    </message>
    <message>
        <source>user %1 needs a NAME and a ROLE</source>
        <translation>user %1 需要 NAME 和 ROLE</translation>
    </message>
    <message>
        <source>user %1 needs a user NAME</source>
        <translation>user %1 需要用户名 NAME</translation>
    </message>
    <message>
        <source>user %1 takes no NAME</source>
        <translation>user %1 不接受 NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: administrator, operator or viewer</source>
        <translation>“%1”不是角色：可选 administrator、operator 或 viewer</translation>
    </message>
    <message>
        <source>user add needs --role administrator|operator|viewer</source>
        <translation>user add 需要 --role administrator|operator|viewer</translation>
    </message>
    <message>
        <source>removing user &apos;%1&apos;</source>
        <translation>删除用户“%1”</translation>
    </message>
    <message>
        <source>user not removed</source>
        <translation>未删除用户</translation>
    </message>
    <message>
        <source>Usage: ferry [--store PATH] verify FILE [options]

Compares the source and target of the project FILE describes, through its mapping (renames,
column subsets, row filters, many-to-one targets), and reports every difference: rows missing
in the target, rows only in the target, rows whose values differ (with the columns), duplicated
rows in tables without a key. Reads only.

On a project whose incremental step is running (its change stream applies to the target
meanwhile), a row that differs may be a change still in flight: differing rows are read again
until they settle or a bound passes (the project&apos;s &quot;verify&quot;: {&quot;settleSeconds&quot;: N}; by default
the stream&apos;s lag + 10 s, at most 2 min), and only lasting differences are reported, with how
many rows settled on recheck.

Options:
  --json            the result as JSON on stdout
  --fix-sql FILE    write the correction SQL (target dialect, source as the truth)
  --report FILE     write an HTML report
  --csv FILE        write every difference as CSV
  --quiet           no progress

Ctrl-C (SIGINT) or SIGTERM stops the comparison; nothing is written then.

Exit codes: 0 consistent, 3 differences found, 1 error, 2 bad file or usage.
</source>
        <translation>用法：ferry [--store PATH] verify FILE [选项]

按照映射（重命名、列子集、行过滤条件、多对一目标）比对 FILE 所描述项目的源端与目标端，
并报告每一处差异：目标端缺少的行、只在目标端存在的行、值不同的行（含不同的列）、
无主键表中重复的行。只读操作。

项目的增量同步正在运行时（其变更流同时在写入目标端），不一致的行可能是仍在传输中的
变更：这些行会被重新读取，直到一致或超过上限（项目的 &quot;verify&quot;: {&quot;settleSeconds&quot;: N}；
默认为变更流的延迟 + 10 秒，最多 2 分钟），只报告持续存在的差异，并给出复查后一致的行数。

选项：
  --json            以 JSON 在标准输出上输出结果
  --fix-sql FILE    写出修复 SQL（目标端方言，以源端为准）
  --report FILE     写出 HTML 报告
  --csv FILE        将每一处差异写为 CSV
  --quiet           不显示进度

Ctrl-C（SIGINT）或 SIGTERM 会停止比对；此时不写出任何文件。

退出码：0 一致，3 发现差异，1 出错，2 文件或用法错误。
</translation>
    </message>
    <message>
        <source>verify needs exactly one project FILE</source>
        <translation>verify 需要且只需要一个项目文件 FILE</translation>
    </message>
    <message>
        <source>verification did not run</source>
        <translation>全量校验未运行</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查目录是否存在且可写。</translation>
    </message>
    <message>
        <source>compressing %1 failed</source>
        <translation>压缩 %1 失败</translation>
    </message>
    <message>
        <source>Choose a folder with free space that you may write to.</source>
        <translation>请选择有剩余空间且有写权限的目录。</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you may write to.</source>
        <translation>请选择已存在且有写权限的目录。</translation>
    </message>
    <message>
        <source>zlib could not start compressing</source>
        <translation>zlib 无法开始压缩</translation>
    </message>
    <message>
        <source>the archive %1 is not open</source>
        <translation>归档文件 %1 未打开</translation>
    </message>
    <message>
        <source>the archive path %1 is too long for tar</source>
        <translation>归档内路径 %1 对 tar 来说太长</translation>
    </message>
    <message>
        <source>the data source name is empty</source>
        <translation>数据源名称为空</translation>
    </message>
    <message>
        <source>Give it a name of 1 to 32 characters without spaces.</source>
        <translation>请给出 1 到 32 个字符且不含空格的名称。</translation>
    </message>
    <message>
        <source>the data source name &apos;%1&apos; has %2 characters</source>
        <translation>数据源名称“%1”有 %2 个字符</translation>
    </message>
    <message>
        <source>Use at most 32 characters.</source>
        <translation>最多使用 32 个字符。</translation>
    </message>
    <message>
        <source>the data source name &apos;%1&apos; contains a space</source>
        <translation>数据源名称“%1”包含空格</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; instead of spaces.</source>
        <translation>请用字母、数字、“-”、“_”或“.”代替空格。</translation>
    </message>
    <message>
        <source>the data source name &apos;%1&apos; contains a control character</source>
        <translation>数据源名称“%1”包含控制字符</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>请只使用可打印字符。</translation>
    </message>
    <message>
        <source>%1: the bootstrap servers are empty</source>
        <translation>%1：bootstrap servers 为空</translation>
    </message>
    <message>
        <source>Name one or more brokers as host:port, separated by commas (127.0.0.1:9092).</source>
        <translation>请以 host:port 形式给出一个或多个 broker，用逗号分隔（127.0.0.1:9092）。</translation>
    </message>
    <message>
        <source>%1: bootstrap server &apos;%2&apos; is not host:port</source>
        <translation>%1：bootstrap server“%2”不是 host:port 形式</translation>
    </message>
    <message>
        <source>Write brokers as host:port, separated by commas (127.0.0.1:9092,127.0.0.1:9093).</source>
        <translation>请以 host:port 形式书写 broker，用逗号分隔（127.0.0.1:9092,127.0.0.1:9093）。</translation>
    </message>
    <message>
        <source>%1: security protocol &apos;%2&apos; is not one of %3</source>
        <translation>%1：安全协议“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>请从中选择一个。</translation>
    </message>
    <message>
        <source>%1: security protocol %2 needs a SASL mechanism (%3), not &apos;%4&apos;</source>
        <translation>%1：安全协议 %2 需要 SASL 机制（%3），而不是“%4”</translation>
    </message>
    <message>
        <source>Choose the mechanism the brokers accept.</source>
        <translation>请选择 broker 接受的机制。</translation>
    </message>
    <message>
        <source>%1: security protocol %2 needs a SASL user</source>
        <translation>%1：安全协议 %2 需要 SASL 用户</translation>
    </message>
    <message>
        <source>Give the user the brokers know (--user).</source>
        <translation>请给出 broker 认可的用户（--user）。</translation>
    </message>
    <message>
        <source>%1: SASL mechanism %2 is set but security protocol %3 has no SASL</source>
        <translation>%1：设置了 SASL 机制 %2，但安全协议 %3 不使用 SASL</translation>
    </message>
    <message>
        <source>Choose sasl_plaintext or sasl_ssl, or clear the mechanism.</source>
        <translation>请选择 sasl_plaintext 或 sasl_ssl，或清除该机制。</translation>
    </message>
    <message>
        <source>%1: the CA file %2 does not exist</source>
        <translation>%1：CA 文件 %2 不存在</translation>
    </message>
    <message>
        <source>Give the path of the PEM file that signs the brokers&apos; certificates.</source>
        <translation>请给出签发 broker 证书的 PEM 文件路径。</translation>
    </message>
    <message>
        <source>%1: the client id &apos;%2&apos; contains a space</source>
        <translation>%1：客户端 ID“%2”包含空格</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>请使用字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <source>Give the path of the database file (--path FILE).</source>
        <translation>请给出数据库文件的路径（--path FILE）。</translation>
    </message>
    <message>
        <source>Create the folder first or choose a file in an existing folder.</source>
        <translation>请先创建该目录，或选择已存在目录中的文件。</translation>
    </message>
    <message>
        <source>Give the server&apos;s host name or IP address (--host).</source>
        <translation>请给出数据库服务器的主机名或 IP 地址（--host）。</translation>
    </message>
    <message>
        <source>Give a host name or an IP address.</source>
        <translation>请给出主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (%3 is the default for %4).</source>
        <translation>请使用 1 到 65535 之间的端口（%4 的默认端口为 %3）。</translation>
    </message>
    <message>
        <source>Give the database user name (--user).</source>
        <translation>请给出数据库用户名（--user）。</translation>
    </message>
    <message>
        <source>PostgreSQL connects to one database: give its name (--database).</source>
        <translation>PostgreSQL 连接到单个数据库：请给出数据库名（--database）。</translation>
    </message>
    <message>
        <source>Give the path of the PEM file of the certificate authority.</source>
        <translation>请给出证书颁发机构（CA）的 PEM 文件路径。</translation>
    </message>
    <message>
        <source>the password of data source &apos;%1&apos; is missing from the %2</source>
        <translation>%2中缺少数据源“%1”的密码</translation>
    </message>
    <message>
        <source>Edit the data source and enter the password again.</source>
        <translation>请编辑该数据源并重新输入密码。</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; is a %2 database, not a Kafka cluster</source>
        <translation>数据源“%1”是 %2 数据库，不是 Kafka 集群</translation>
    </message>
    <message>
        <source>Choose a Kafka data source as the target of a sync project.</source>
        <translation>请选择 Kafka 数据源作为同步项目的目标端。</translation>
    </message>
    <message>
        <source>writing the diagnostic bundle was cancelled</source>
        <translation>诊断包的生成已取消</translation>
    </message>
    <message>
        <source>the secret store is not open</source>
        <translation>密钥存储未打开</translation>
    </message>
    <message>
        <source>the diagnostic bundle needs the store</source>
        <translation>生成诊断包需要元数据库</translation>
    </message>
    <message>
        <source>%1 does not exist: resource usage is measured on Linux only</source>
        <translation>%1 不存在：资源使用情况只在 Linux 上采集</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>/proc/stat has no cpu line</source>
        <translation>/proc/stat 中没有 cpu 行</translation>
    </message>
    <message>
        <source>/proc/self/stat is shorter than expected</source>
        <translation>/proc/self/stat 比预期的短</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>/proc/meminfo 中没有 MemTotal</translation>
    </message>
    <message>
        <source>cannot query the file system of %1</source>
        <translation>无法查询 %1 所在的文件系统</translation>
    </message>
    <message>
        <source>cannot read the log file %1: %2</source>
        <translation>无法读取日志文件 %1：%2</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <source>the /metrics address &apos;%1&apos; has no valid port</source>
        <translation>/metrics 地址“%1”没有有效的端口</translation>
    </message>
    <message>
        <source>the /metrics address &apos;%1&apos; is not an IP address</source>
        <translation>/metrics 地址“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>/metrics cannot listen on %1:%2: %3</source>
        <translation>/metrics 无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>Choose a free port, or an address of this machine.</source>
        <translation>请选择空闲端口，或本机的地址。</translation>
    </message>
    <message>
        <source>the OS keychain could not %1: %2</source>
        <translation>系统钥匙串无法%1：%2</translation>
    </message>
    <message>
        <source>Unlock the keychain, or use the vault (FERRY_SECRET_BACKEND=vault).</source>
        <translation>请解锁钥匙串，或改用加密保险库（FERRY_SECRET_BACKEND=vault）。</translation>
    </message>
    <message>
        <source>the OS keychain did not answer within 30 s</source>
        <translation>系统钥匙串在 30 秒内没有响应</translation>
    </message>
    <message>
        <source>Unlock the keychain and try again.</source>
        <translation>请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>read a password</source>
        <translation>读取密码</translation>
    </message>
    <message>
        <source>save a password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <source>delete a password</source>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>FERRY_SECRET_BACKEND=&apos;%1&apos; is not a secret backend</source>
        <translation>FERRY_SECRET_BACKEND=&apos;%1&apos; 不是可用的密钥存储后端</translation>
    </message>
    <message>
        <source>Use keychain, vault or auto.</source>
        <translation>请使用 keychain、vault 或 auto。</translation>
    </message>
    <message>
        <source>Enter the master password in the console, or set FERRY_MASTER_PASSWORD for headless use.</source>
        <translation>请在控制台中输入主密码，无界面使用时请设置 FERRY_MASTER_PASSWORD。</translation>
    </message>
    <message>
        <source>the master password is empty</source>
        <translation>主密码为空</translation>
    </message>
    <message>
        <source>Enter the master password that protects %1.</source>
        <translation>请输入保护 %1 的主密码。</translation>
    </message>
    <message>
        <source>cannot read the secret vault %1</source>
        <translation>无法读取加密保险库 %1</translation>
    </message>
    <message>
        <source>%1 is not a Ferry secret vault</source>
        <translation>%1 不是 Ferry 的加密保险库</translation>
    </message>
    <message>
        <source>Move the file away; Ferry will create a new vault.</source>
        <translation>请移走该文件；Ferry 会新建一个保险库。</translation>
    </message>
    <message>
        <source>deriving the vault key ran out of memory</source>
        <translation>派生保险库密钥时内存不足</translation>
    </message>
    <message>
        <source>the secret vault %1 was re-created with another master password</source>
        <translation>加密保险库 %1 已用另一个主密码重新创建</translation>
    </message>
    <message>
        <source>Unlock it again with its current master password.</source>
        <translation>请用其当前的主密码重新解锁。</translation>
    </message>
    <message>
        <source>wrong master password for the secret vault %1</source>
        <translation>加密保险库 %1 的主密码错误</translation>
    </message>
    <message>
        <source>Enter the master password that was set when the vault was created; the vault was not changed.</source>
        <translation>请输入创建保险库时设置的主密码；保险库未被修改。</translation>
    </message>
    <message>
        <source>cannot write the secret vault %1</source>
        <translation>无法写入加密保险库 %1</translation>
    </message>
    <message>
        <source>Check that its folder is writable.</source>
        <translation>请检查其所在目录是否可写。</translation>
    </message>
    <message>
        <source>cannot write the secret vault %1: %2</source>
        <translation>无法写入加密保险库 %1：%2</translation>
    </message>
    <message>
        <source>the secret vault %1 is held by another Ferry process</source>
        <translation>加密保险库 %1 正被另一个 Ferry 进程占用</translation>
    </message>
    <message>
        <source>Try again when the other process is done.</source>
        <translation>请在另一个进程结束后重试。</translation>
    </message>
    <message>
        <source>a data source named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的数据源已存在</translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing data source.</source>
        <translation>请换一个名称，或编辑已有的数据源。</translation>
    </message>
    <message>
        <source>no data source named &apos;%1&apos;</source>
        <translation>没有名为“%1”的数据源</translation>
    </message>
    <message>
        <source>List them with &apos;ferry datasource list&apos;.</source>
        <translation>可用 ferry datasource list 列出数据源。</translation>
    </message>
    <message>
        <source>no data source with id %1</source>
        <translation>没有 ID 为 %1 的数据源</translation>
    </message>
    <message>
        <source>the data source &apos;%1&apos; no longer exists</source>
        <translation>数据源“%1”已不存在</translation>
    </message>
    <message>
        <source>Delete or re-point those projects first.</source>
        <translation>请先删除这些迁移项目或让它们改用其他数据源。</translation>
    </message>
    <message>
        <source>no free copy name for &apos;%1&apos;</source>
        <translation>没有可用于“%1”副本的空闲名称</translation>
    </message>
    <message>
        <source>Rename some copies first.</source>
        <translation>请先重命名一些副本。</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the metadata store</source>
        <translation>无法为元数据库创建目录 %1</translation>
    </message>
    <message>
        <source>Choose a writable location with --store or FERRY_STORE.</source>
        <translation>请用 --store 或 FERRY_STORE 选择可写的位置。</translation>
    </message>
    <message>
        <source>cannot open the metadata store %1: %2</source>
        <translation>无法打开元数据库 %1：%2</translation>
    </message>
    <message>
        <source>Check that the file is readable and writable.</source>
        <translation>请检查该文件是否可读写。</translation>
    </message>
    <message>
        <source>metadata store: %1 failed: %2</source>
        <translation>元数据库：%1 失败：%2</translation>
    </message>
    <message>
        <source>metadata store: cannot begin a transaction: %1</source>
        <translation>元数据库：无法开始事务：%1</translation>
    </message>
    <message>
        <source>Another Ferry process may hold the store; try again.</source>
        <translation>可能有另一个 Ferry 进程占用元数据库；请重试。</translation>
    </message>
    <message>
        <source>metadata store: commit failed: %1</source>
        <translation>元数据库：提交失败：%1</translation>
    </message>
    <message>
        <source>%1 is not a Ferry metadata store</source>
        <translation>%1 不是 Ferry 元数据库</translation>
    </message>
    <message>
        <source>Choose another file with --store.</source>
        <translation>请用 --store 选择其他文件。</translation>
    </message>
    <message>
        <source>the metadata store %1 has schema version %2, newer than this Ferry understands (%3)</source>
        <translation>元数据库 %1 的结构版本为 %2，高于本版本 Ferry 支持的版本（%3）</translation>
    </message>
    <message>
        <source>Open it with a newer Ferry, or choose another store with --store.</source>
        <translation>请用更新版本的 Ferry 打开，或用 --store 选择其他元数据库。</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>缺少元数据库升级脚本 %1</translation>
    </message>
    <message>
        <source>the viewer role (or any)</source>
        <translation>只读用户（viewer）角色（或任意角色）</translation>
    </message>
    <message>
        <source>the operator role (or administrator)</source>
        <translation>运维员（operator）角色（或管理员）</translation>
    </message>
    <message>
        <source>the administrator role</source>
        <translation>管理员（administrator）角色</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; was disabled since signing in</source>
        <translation>用户“%1”在登录后已被禁用</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; was removed since signing in</source>
        <translation>用户“%1”在登录后已被删除</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; is used by project %2</source>
        <translation>数据源“%1”正被迁移项目 %2 使用</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; is used by projects %2</source>
        <translation>数据源“%1”正被迁移项目 %2 使用</translation>
    </message>
    <message>
        <source>Alert channel %1 added.</source>
        <translation>已添加告警通道 %1。</translation>
    </message>
    <message>
        <source>Alert channel %1 removed.</source>
        <translation>已删除告警通道 %1。</translation>
    </message>
    <message>
        <source>Test alert delivered to %1.</source>
        <translation>测试告警已送达 %1。</translation>
    </message>
    <message>
        <source>Alert rule %1 changed.</source>
        <translation>已修改告警规则 %1。</translation>
    </message>
    <message>
        <source>Alert rule %1 overridden for project %2.</source>
        <translation>已为迁移项目 %2 覆盖告警规则 %1。</translation>
    </message>
    <message>
        <source>Override of %1 for project %2 removed.</source>
        <translation>已删除规则 %1 对迁移项目 %2 的覆盖。</translation>
    </message>
    <message>
        <source>Audit written to %1.</source>
        <translation>审计记录已写入 %1。</translation>
    </message>
    <message>
        <source>the audit chain is broken: %1</source>
        <translation>审计哈希链已损坏：%1</translation>
    </message>
    <message>
        <source>Audit intact: %1 records.</source>
        <translation>审计完整：共 %1 条记录。</translation>
    </message>
    <message>
        <source>Every parameter has its default.</source>
        <translation>所有参数均为默认值。</translation>
    </message>
    <message>
        <source>No data sources. Add one with: ferry datasource add NAME --engine E ...</source>
        <translation>没有数据源。可用以下命令添加：ferry datasource add NAME --engine E ...</translation>
    </message>
    <message>
        <source>Added data source %1 (%2, %3).</source>
        <translation>已添加数据源 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Saved data source %1.</source>
        <translation>已保存数据源 %1。</translation>
    </message>
    <message>
        <source>Removed data source %1.</source>
        <translation>已删除数据源 %1。</translation>
    </message>
    <message>
        <source>Stream %1 of %2 is paused at source position %3:</source>
        <translation>%2 的变更流 %1 暂停在源端位点 %3：</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>已决定：%1</translation>
    </message>
    <message>
        <source>Nothing decided: %1 stays paused at the schema change. Decide with --apply, --sql or --skip to go on.</source>
        <translation>未做决定：%1 保持暂停在该结构变更处。请用 --apply、--sql 或 --skip 做出决定后继续。</translation>
    </message>
    <message>
        <source>Recorded: %1. Run the project again to go on.</source>
        <translation>已记录：%1。再次运行迁移项目即可继续。</translation>
    </message>
    <message>
        <source>No projects. Run one with: ferry run project.json</source>
        <translation>没有迁移项目。可用以下命令运行一个：ferry run project.json</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>Before running:</source>
        <translation>运行之前：</translation>
    </message>
    <message>
        <source>Not expressed (Ferry does it; the exported configuration does not):</source>
        <translation>未能表达的内容（Ferry 会处理，导出的配置不会）：</translation>
    </message>
    <message>
        <source>Exported project %1 to %2.</source>
        <translation>已将迁移项目 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Imported project %1. Run it with: ferry run %2</source>
        <translation>已导入迁移项目 %1。可用以下命令运行：ferry run %2</translation>
    </message>
    <message>
        <source>Removed project %1 (its target tables are kept).</source>
        <translation>已删除迁移项目 %1（目标端的表保留）。</translation>
    </message>
    <message>
        <source>Project %1 stops at its next checkpoint.</source>
        <translation>迁移项目 %1 将在下一个检查点停止。</translation>
    </message>
    <message>
        <source>Reset project %1: it starts again at its next run, and its endpoints and objects may change.</source>
        <translation>已重置迁移项目 %1：下次运行时将重新开始，其端点和对象可以修改。</translation>
    </message>
    <message>
        <source>Target tables holding rows of its earlier runs (kept): %1.
The next run meets them under options.nonEmptyTarget (&apos;truncate&apos; empties them).</source>
        <translation>保留了此前运行写入数据的目标表：%1。
下次运行将按 options.nonEmptyTarget 处理它们（&apos;truncate&apos; 会清空这些表）。</translation>
    </message>
    <message>
        <source>serving /metrics on %1</source>
        <translation>正在 %1 上提供 /metrics</translation>
    </message>
    <message>
        <source>Project %1: incremental synchronization stopped by %2 at a clean point; run it again to go on.</source>
        <translation>迁移项目 %1：增量同步被 %2 在一致点停止；再次运行即可继续。</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; stopped by %2 at a checkpoint</source>
        <translation>迁移项目“%1”被 %2 在检查点处停止</translation>
    </message>
    <message>
        <source>Project %1 caught up in %2; run it again to go on.</source>
        <translation>迁移项目 %1 用时 %2 追平；再次运行即可继续。</translation>
    </message>
    <message>
        <source>Project %1 completed in %2: %3 rows, %4 rows/s.</source>
        <translation>迁移项目 %1 已完成，用时 %2：%3 行，%4 行/秒。</translation>
    </message>
    <message>
        <source>Project %1 completed in %2.</source>
        <translation>迁移项目 %1 已完成，用时 %2。</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has failed: %2</source>
        <translation>迁移项目“%1”已失败：%2</translation>
    </message>
    <message>
        <source>stream %1: %2</source>
        <translation>变更流 %1：%2</translation>
    </message>
    <message>
        <source>no detail saved</source>
        <translation>未保存详细信息</translation>
    </message>
    <message>
        <source>no error saved</source>
        <translation>未保存错误信息</translation>
    </message>
    <message>
        <source>Project %1 switched over in %2: the source applied through %3; the reverse increment starts at %4. Run the project again to keep %5 in step.</source>
        <translation>迁移项目 %1 已完成正向切换，用时 %2：源端变更已应用到位点 %3；反向增量从位点 %4 开始。再次运行迁移项目即可让 %5 保持同步。</translation>
    </message>
    <message>
        <source>%1 of %2 tables done</source>
        <translation>已完成 %1/%2 张表</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 belongs to no Ferry project and holds %3 of WAL</source>
        <translation>%2 上的复制槽 %1 不属于任何 Ferry 迁移项目，并占用了 %3 的 WAL</translation>
    </message>
    <message>
        <source>If nothing else uses it, drop it on %1: SELECT pg_drop_replication_slot(&apos;%2&apos;);</source>
        <translation>如果没有其他程序使用它，请在 %1 上删除：SELECT pg_drop_replication_slot(&apos;%2&apos;);</translation>
    </message>
    <message>
        <source>the %1 stream&apos;s source %2 could not be asked about its log retention: %3</source>
        <translation>无法查询 %1 变更流的源端 %2 的日志保留情况：%3</translation>
    </message>
    <message>
        <source>Check that %1 is reachable and its password is available, then look again.</source>
        <translation>请确认 %1 可以连接且其密码可用，然后重新检查。</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>the binlog at the %1 stream&apos;s read position %2 is gone from %3 (oldest kept: %4)</source>
        <translation>%1 变更流读取位点 %2 处的 binlog 已从 %3 上清除（保留的最早日志：%4）</translation>
    </message>
    <message>
        <source>The stream cannot resume from there: reset the project and run its full step again, and raise binlog_expire_logs_seconds on %1.</source>
        <translation>变更流无法从该位点继续：请重置迁移项目并重新运行全量迁移，同时调大 %1 上的 binlog_expire_logs_seconds。</translation>
    </message>
    <message>
        <source>project %1 is %2 with %3 of binlog to read on %4; its read position is purged in %5 (binlog_expire_logs_seconds %6)</source>
        <translation>迁移项目 %1 处于 %2 状态，%4 上还有 %3 的 binlog 待读取；其读取位点将在 %5 后被清除（binlog_expire_logs_seconds %6）</translation>
    </message>
    <message>
        <source>Resume project %1 within %2, or raise binlog_expire_logs_seconds on %3 to at least %4 s.</source>
        <translation>请在 %2 内恢复迁移项目 %1，或将 %3 上的 binlog_expire_logs_seconds 调大到至少 %4 秒。</translation>
    </message>
    <message>
        <source>the %1 stream of %2 reads %3/s of binlog while %4 writes %5/s: it falls behind, and its read position is purged in %6</source>
        <translation>%2 的 %1 变更流每秒读取 %3 的 binlog，而 %4 每秒写入 %5：它在落后，其读取位点将在 %6 后被清除</translation>
    </message>
    <message>
        <source>Make the stream faster than the source writes (target capacity, fewer tables) or raise binlog_expire_logs_seconds on %1 to at least %2 s while it catches up.</source>
        <translation>请让变更流快于源端写入（提高目标端能力、减少表），或在追平期间将 %1 上的 binlog_expire_logs_seconds 调大到至少 %2 秒。</translation>
    </message>
    <message>
        <source>the %1 stream of %2 needs %3 to catch up (%4 of binlog at %5/s net) but %6 purges its read position in %7 (binlog_expire_logs_seconds %8)</source>
        <translation>%2 的 %1 变更流需要 %3 才能追平（%4 的 binlog，净速率 %5/秒），但 %6 将在 %7 后清除其读取位点（binlog_expire_logs_seconds %8）</translation>
    </message>
    <message>
        <source>Raise binlog_expire_logs_seconds to at least %1 s on %2 (SET GLOBAL binlog_expire_logs_seconds = %1, and in the server&apos;s configuration), or make the stream faster.</source>
        <translation>请将 %2 上的 binlog_expire_logs_seconds 调大到至少 %1 秒（SET GLOBAL binlog_expire_logs_seconds = %1，并写入服务器配置文件），或让变更流更快。</translation>
    </message>
    <message>
        <source>replication slot %1 of project %2 does not exist on %3</source>
        <translation>迁移项目 %2 的复制槽 %1 在 %3 上不存在</translation>
    </message>
    <message>
        <source>The stream cannot resume without it: reset project %1 and run its full step again (it creates the slot).</source>
        <translation>没有该复制槽，变更流无法继续：请重置迁移项目 %1 并重新运行全量迁移（会重新创建复制槽）。</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 holds %3 of WAL for project %4, which is %5</source>
        <translation>%2 上的复制槽 %1 为迁移项目 %4 占用了 %3 的 WAL，该项目处于 %5 状态</translation>
    </message>
    <message>
        <source>Resume project %1, or release it if it will not run again (that drops slot %2); until then %3 keeps its WAL%4.</source>
        <translation>请恢复迁移项目 %1，如果它不再运行则释放它（会删除复制槽 %2）；在此之前 %3 会保留其 WAL%4。</translation>
    </message>
    <message>
        <source> up to max_slot_wal_keep_size (%1)</source>
        <translation>，最多到 max_slot_wal_keep_size（%1）</translation>
    </message>
    <message>
        <source> without limit (max_slot_wal_keep_size = -1)</source>
        <translation>，且没有上限（max_slot_wal_keep_size = -1）</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 holds %3 of WAL (max_slot_wal_keep_size %4, free disk %5, wal_status %6)</source>
        <translation>%2 上的复制槽 %1 占用了 %3 的 WAL（max_slot_wal_keep_size %4，磁盘剩余 %5，wal_status %6）</translation>
    </message>
    <message>
        <source>Raise max_slot_wal_keep_size on %1 above %2 (ALTER SYSTEM SET max_slot_wal_keep_size = &apos;%3MB&apos;; SELECT pg_reload_conf()) and free disk space, or make the stream of %4 faster.</source>
        <translation>请将 %1 上的 max_slot_wal_keep_size 调大到 %2 以上（ALTER SYSTEM SET max_slot_wal_keep_size = &apos;%3MB&apos;; SELECT pg_reload_conf()）并释放磁盘空间，或让 %4 的变更流更快。</translation>
    </message>
    <message>
        <source>the %1 stream of %2 is %3 behind its source (threshold %4)</source>
        <translation>%2 的 %1 变更流落后源端 %3（阈值 %4）</translation>
    </message>
    <message>
        <source>Look at the target&apos;s load and the project&apos;s log for retries; pause other projects on the same target, or raise the threshold if this lag is expected.</source>
        <translation>请检查目标端负载以及项目日志中的重试；暂停同一目标端上的其他迁移项目，如果该延迟在预期之内，则调高阈值。</translation>
    </message>
    <message>
        <source>step %1 of %2 failed: %3</source>
        <translation>%2 的步骤 %1 失败：%3</translation>
    </message>
    <message>
        <source>Fix what the error names, then start project %1 again: it resumes at the failed step.</source>
        <translation>请修复错误中指出的问题，然后重新启动迁移项目 %1：它会从失败的步骤继续。</translation>
    </message>
    <message>
        <source>the disk of Ferry&apos;s store has %1 free of %2</source>
        <translation>Ferry 元数据库所在磁盘剩余 %1（共 %2）</translation>
    </message>
    <message>
        <source>Free space on %1 (old logs, released projects&apos; samples), or move the store to a larger disk.</source>
        <translation>请清理 %1 上的空间（旧日志、已释放项目的采样数据），或将元数据库移到更大的磁盘。</translation>
    </message>
    <message>
        <source>Password of SMTP user %1: </source>
        <translation>SMTP 用户 %1 的密码：</translation>
    </message>
    <message>
        <source>Password of user %1: </source>
        <translation>用户 %1 的密码：</translation>
    </message>
    <message>
        <source>Choose a master password for the new vault %1: </source>
        <translation>请为新的加密保险库 %1 设置主密码：</translation>
    </message>
    <message>
        <source>Master password for %1: </source>
        <translation>%1 的主密码：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Password (empty for none): </source>
        <translation>密码（留空表示不设密码）：</translation>
    </message>
    <message>
        <source>New password of user %1: </source>
        <translation>用户 %1 的新密码：</translation>
    </message>
    <message>
        <source>Project %1 failed</source>
        <translation>迁移项目 %1 失败</translation>
    </message>
    <message>
        <source>Project %1 failed.</source>
        <translation>迁移项目 %1 失败。</translation>
    </message>
    <message>
        <source>Project %1 failed: %2</source>
        <translation>迁移项目 %1 失败：%2</translation>
    </message>
    <message>
        <source>the %1 stream waits on: %2</source>
        <translation>%1 变更流在等待：%2</translation>
    </message>
    <message>
        <source>Project %1 paused at a schema change</source>
        <translation>迁移项目 %1 暂停在结构变更处</translation>
    </message>
    <message>
        <source>Project %1 is paused for a schema-change decision: %2. Decide in the console or with ferry ddl.</source>
        <translation>迁移项目 %1 已暂停，等待对结构变更做出决定：%2。请在控制台中或用 ferry ddl 做出决定。</translation>
    </message>
    <message>
        <source>Project %1 lags %2 behind its source</source>
        <translation>迁移项目 %1 落后源端 %2</translation>
    </message>
    <message>
        <source>The replication lag of project %1 is %2, above %3 since %4 (the rule waits %5).</source>
        <translation>迁移项目 %1 的同步延迟为 %2，自 %4 起高于 %3（该规则的等待时长为 %5）。</translation>
    </message>
    <message>
        <source>Verification of project %1 found differences</source>
        <translation>迁移项目 %1 的全量校验发现差异</translation>
    </message>
    <message>
        <source>The newest verification of project %1 found differences: %2</source>
        <translation>迁移项目 %1 最近一次全量校验发现差异：%2</translation>
    </message>
    <message>
        <source>The run of project %1 is dead</source>
        <translation>迁移项目 %1 的运行已失去心跳</translation>
    </message>
    <message>
        <source>The run of project %1 (pid %2 on %3) last beat at %4 and has stopped beating: it was killed or its host went down. Start the project again to resume it.</source>
        <translation>迁移项目 %1 的运行（%3 上的 pid %2）最后一次心跳在 %4，之后心跳停止：进程被终止或其主机已宕机。请重新启动迁移项目以继续。</translation>
    </message>
    <message>
        <source>Project %1 is marked running but no run beats for it: it was killed or its host went down. Start the project again to resume it.</source>
        <translation>迁移项目 %1 标记为运行中，但没有任何运行的心跳：进程被终止或其主机已宕机。请重新启动迁移项目以继续。</translation>
    </message>
    <message>
        <source>Source log retention at risk for project %1</source>
        <translation>迁移项目 %1 的源端日志保留存在风险</translation>
    </message>
    <message>
        <source>The source may purge log that project %1 still needs within %2.</source>
        <translation>源端可能在 %2 内清除迁移项目 %1 仍需要的日志。</translation>
    </message>
    <message>
        <source>The source may purge log that project %1 still needs.</source>
        <translation>源端可能清除迁移项目 %1 仍需要的日志。</translation>
    </message>
    <message>
        <source>Disk nearly full: %1 is %2% used</source>
        <translation>磁盘即将写满：%1 已使用 %2%</translation>
    </message>
    <message>
        <source>The disk holding the Ferry store %1 has %2 free of %3 (%4% used, the rule alerts from %5%). Free space or move the store before runs stop.</source>
        <translation>Ferry 元数据库 %1 所在磁盘剩余 %2（共 %3，已使用 %4%，该规则从 %5% 开始告警）。请在运行停止之前释放空间或迁移元数据库。</translation>
    </message>
    <message>
        <source>Resolved: %1 (it started as: %2)</source>
        <translation>已恢复：%1（告警触发时：%2）</translation>
    </message>
    <message>
        <source>Remove user %1?</source>
        <translation>删除用户 %1？</translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation>1 个阻断项</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 个阻断项</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>a schema change reached the applier: %1</source>
        <translation>结构变更到达了应用器：%1</translation>
    </message>
    <message>
        <source>%1: a captured change at %2 has no complete key</source>
        <translation>%1：位点 %2 处捕获的变更没有完整的键</translation>
    </message>
    <message>
        <source>Give the table a primary key (or a non-null unique key) and redo its full step.</source>
        <translation>请为该表添加主键（或非空唯一键），并重新执行其全量迁移。</translation>
    </message>
    <message>
        <source>deleting rows of %1 (from %2): %3</source>
        <translation>删除 %1 的行（来自 %2）：%3</translation>
    </message>
    <message>
        <source>incremental: schema change applied to the target: %1</source>
        <translation>增量同步：已在目标端应用结构变更：%1</translation>
    </message>
    <message>
        <source>incremental: %1</source>
        <translation>增量同步：%1</translation>
    </message>
    <message>
        <source>incremental: followed the schema change at source position %1: %2</source>
        <translation>增量同步：已跟随源端位点 %1 处的结构变更：%2</translation>
    </message>
    <message>
        <source>the %1 stream is paused at a schema change (source position %2): %3</source>
        <translation>%1 变更流暂停在结构变更处（源端位点 %2）：%3</translation>
    </message>
    <message>
        <source>Decide with ferry ddl FILE --apply (run it on the target as shown), --sql STATEMENT (run your own instead) or --skip, then run again.</source>
        <translation>请用 ferry ddl FILE --apply（按所示语句在目标端执行）、--sql STATEMENT（改为执行您自己的语句）或 --skip 做出决定，然后再次运行。</translation>
    </message>
    <message>
        <source>applying the schema change to %1 failed: %2 (%3)</source>
        <translation>在 %1 上应用结构变更失败：%2（%3）</translation>
    </message>
    <message>
        <source>Correct the statement (ferry ddl FILE --sql STATEMENT) or skip it (ferry ddl FILE --skip), then run again. A change that is already there: skip it.</source>
        <translation>请修正语句（ferry ddl FILE --sql STATEMENT）或跳过它（ferry ddl FILE --skip），然后再次运行。若该变更已存在于目标端，请跳过。</translation>
    </message>
    <message>
        <source>%1 cannot be kept in step in reverse: %2</source>
        <translation>%1 无法进行反向增量同步：%2</translation>
    </message>
    <message>
        <source>Exclude the table from the project before the switchover, or move its changes back by hand.</source>
        <translation>请在正向切换前将该表从迁移项目中排除，或手工回迁其变更。</translation>
    </message>
    <message>
        <source>the project moves only the rows of a filter</source>
        <translation>迁移项目只迁移满足过滤条件的行</translation>
    </message>
    <message>
        <source>several source tables feed its target table</source>
        <translation>多张源表写入其目标表</translation>
    </message>
    <message>
        <source>its target table records the origin of its rows</source>
        <translation>其目标表记录了各行的来源</translation>
    </message>
    <message>
        <source>it is split into shards</source>
        <translation>它被拆分为多个分片</translation>
    </message>
    <message>
        <source>the project moves only some of its columns</source>
        <translation>迁移项目只迁移其部分列</translation>
    </message>
    <message>
        <source>target table %1 does not exist</source>
        <translation>目标表 %1 不存在</translation>
    </message>
    <message>
        <source>Run the project&apos;s schema and full steps first.</source>
        <translation>请先运行迁移项目的结构迁移和全量迁移步骤。</translation>
    </message>
    <message>
        <source>target table %1 has no column %2</source>
        <translation>目标表 %1 没有列 %2</translation>
    </message>
    <message>
        <source>Add the column back to the target table.</source>
        <translation>请在目标表中重新添加该列。</translation>
    </message>
    <message>
        <source>its key column %1 is missing in the target</source>
        <translation>目标端缺少其键列 %1</translation>
    </message>
    <message>
        <source>captures the source from %1 on</source>
        <translation>从位点 %1 起捕获源端变更</translation>
    </message>
    <message>
        <source>incremental: changes are captured from source position %1 on, before any row is copied</source>
        <translation>增量同步：在复制任何行之前，从源端位点 %1 起捕获变更</translation>
    </message>
    <message>
        <source>target table %1 (for %2) does not exist</source>
        <translation>目标表 %1（用于 %2）不存在</translation>
    </message>
    <message>
        <source>Run the schema and full steps first, or create the table.</source>
        <translation>请先运行结构迁移和全量迁移步骤，或手工创建该表。</translation>
    </message>
    <message>
        <source>%1 has no primary key or non-null unique key: its changes cannot be applied by key</source>
        <translation>%1 没有主键或非空唯一键：无法按键应用其变更</translation>
    </message>
    <message>
        <source>Add a primary key to %1, or exclude it from the project.</source>
        <translation>请为 %1 添加主键，或将其从迁移项目中排除。</translation>
    </message>
    <message>
        <source>%1: key column %2 is not among the columns the project moves</source>
        <translation>%1：键列 %2 不在迁移项目迁移的列中</translation>
    </message>
    <message>
        <source>Keep the key columns in the table&apos;s column list.</source>
        <translation>请在该表的列清单中保留键列。</translation>
    </message>
    <message>
        <source>target table %1 has no origin column %2 (for %3)</source>
        <translation>目标表 %1 没有来源列 %2（用于 %3）</translation>
    </message>
    <message>
        <source>Run the schema step, or add the column (text, NOT NULL).</source>
        <translation>请运行结构迁移步骤，或手工添加该列（text，NOT NULL）。</translation>
    </message>
    <message>
        <source>the incremental step of %1 has no start position</source>
        <translation>%1 的增量同步步骤没有起始位点</translation>
    </message>
    <message>
        <source>Run the project again: its first run takes the start position.</source>
        <translation>请再次运行迁移项目：首次运行会记录起始位点。</translation>
    </message>
    <message>
        <source>incremental: applying source changes from position %1</source>
        <translation>增量同步：从位点 %1 开始应用源端变更</translation>
    </message>
    <message>
        <source>the applier stopped</source>
        <translation>应用器已停止</translation>
    </message>
    <message>
        <source>incremental: the source stream broke (%1); reading again from %2 in %3 s</source>
        <translation>增量同步：源端变更流中断（%1）；%3 秒后从 %2 重新读取</translation>
    </message>
    <message>
        <source>the target is unreachable (%1); retrying in %2 s</source>
        <translation>无法连接目标端（%1）；%2 秒后重试</translation>
    </message>
    <message>
        <source>incremental: %1; retrying in %2 s</source>
        <translation>增量同步：%1；%2 秒后重试</translation>
    </message>
    <message>
        <source>incremental: passed the schema change at source position %1 (%2)</source>
        <translation>增量同步：已越过源端位点 %1 处的结构变更（%2）</translation>
    </message>
    <message>
        <source>incremental paused at a schema change on %1 (source position %2): %3%4</source>
        <translation>增量同步在 %1 的结构变更处暂停（源端位点 %2）：%3%4</translation>
    </message>
    <message>
        <source>Decide with ferry ddl FILE --apply (run it on the target as shown), --sql STATEMENT (run your own instead) or --skip, then run again; nothing after it is lost.</source>
        <translation>请用 ferry ddl FILE --apply（按所示语句在目标端执行）、--sql STATEMENT（改为执行您自己的语句）或 --skip 做出决定，然后再次运行；其后的变更不会丢失。</translation>
    </message>
    <message>
        <source>incremental: catching up to source position %1</source>
        <translation>增量同步：正在追赶源端位点 %1</translation>
    </message>
    <message>
        <source>caught up with source position %1</source>
        <translation>已追平源端位点 %1</translation>
    </message>
    <message>
        <source>incremental: caught up (applied through %1)</source>
        <translation>增量同步：已追平（已应用到 %1）</translation>
    </message>
    <message>
        <source>incremental synchronization stopped</source>
        <translation>增量同步已停止</translation>
    </message>
    <message>
        <source>Run the project again to resume from the applied position.</source>
        <translation>请再次运行迁移项目，从已应用的位点继续。</translation>
    </message>
    <message>
        <source>the quoted name is not closed</source>
        <translation>带引号的名称未闭合</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>a backslash in a string, which MySQL reads as an escape and PostgreSQL does not,</source>
        <translation>字符串中的反斜杠（MySQL 将其视为转义符，而 PostgreSQL 不会）</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>an unfinished condition</source>
        <translation>不完整的条件</translation>
    </message>
    <message>
        <source>the string &apos;%1&apos; here</source>
        <translation>此处的字符串 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the number %1 here</source>
        <translation>此处的数字 %1</translation>
    </message>
    <message>
        <source>a chained comparison (&apos;%1&apos; after &apos;%2&apos;)</source>
        <translation>连续比较（“%2”之后的“%1”）</translation>
    </message>
    <message>
        <source>IN without a parenthesised list</source>
        <translation>不带括号列表的 IN</translation>
    </message>
    <message>
        <source>a subquery</source>
        <translation>子查询</translation>
    </message>
    <message>
        <source>the function %1(...)</source>
        <translation>函数 %1(...)</translation>
    </message>
    <message>
        <source>a row value (a, b, ...)</source>
        <translation>行值 (a, b, ...)</translation>
    </message>
    <message>
        <source>the typed literal %1 &apos;...&apos;</source>
        <translation>带类型的字面量 %1 &apos;...&apos;</translation>
    </message>
    <message>
        <source>the qualified name %1.%2</source>
        <translation>限定名 %1.%2</translation>
    </message>
    <message>
        <source>the string &apos;%1&apos; as a condition</source>
        <translation>把字符串 &apos;%1&apos; 用作条件</translation>
    </message>
    <message>
        <source>the %1 column %2 as a condition</source>
        <translation>把 %1 列 %2 用作条件</translation>
    </message>
    <message>
        <source>this part</source>
        <translation>这一部分</translation>
    </message>
    <message>
        <source>the name %1 (it matches columns %2 and %3 alike)</source>
        <translation>名称 %1（它同时匹配列 %2 和 %3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (not a column of the table; MySQL reads a double-quoted word as a string: write &apos;%1&apos;)</source>
        <translation>&quot;%1&quot;（不是该表的列；MySQL 将双引号括起的词当作字符串：请写成 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>%1 (not a column of the table)</source>
        <translation>%1（不是该表的列）</translation>
    </message>
    <message>
        <source>IS NULL on a condition</source>
        <translation>对条件使用 IS NULL</translation>
    </message>
    <message>
        <source>%1 compared with the %2 (it needs a quoted value)</source>
        <translation>%1 与 %2 比较（需要带引号的值）</translation>
    </message>
    <message>
        <source>%1 compared with the %2 (not a value of its type)</source>
        <translation>%1 与 %2 比较（不是该类型的值）</translation>
    </message>
    <message>
        <source>a comparison of a condition (&apos;%1&apos;)</source>
        <translation>对条件的比较（“%1”）</translation>
    </message>
    <message>
        <source>%1 column %2</source>
        <translation>%1 列 %2</translation>
    </message>
    <message>
        <source>a comparison of the %1</source>
        <translation>对 %1 的比较</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on the %2 (enum order differs between engines)</source>
        <translation>对 %2 使用“%1”（不同引擎的枚举顺序不同）</translation>
    </message>
    <message>
        <source>a comparison of the %1 with the %2 column %3</source>
        <translation>%1 与 %2 列 %3 的比较</translation>
    </message>
    <message>
        <source>&apos;%1&apos; on the %2 column %3 (enum order differs between engines)</source>
        <translation>对 %2 列 %3 使用“%1”（不同引擎的枚举顺序不同）</translation>
    </message>
    <message>
        <source>LIKE with a pattern that is not a quoted string</source>
        <translation>LIKE 的模式不是带引号的字符串</translation>
    </message>
    <message>
        <source>LIKE on the %1 column %2</source>
        <translation>对 %1 列 %2 使用 LIKE</translation>
    </message>
    <message>
        <source>LIKE on %1</source>
        <translation>对 %1 使用 LIKE</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>位于末尾</translation>
    </message>
    <message>
        <source>at &quot;%1&quot;</source>
        <translation>位于“%1”处</translation>
    </message>
    <message>
        <source>the row filter of %1 (%2) cannot be applied to captured changes: %3 is not understood (%4)</source>
        <translation>%1 的行过滤条件（%2）无法应用到捕获的变更：无法理解%3（%4）</translation>
    </message>
    <message>
        <source>Simplify the filter to comparisons, IN, BETWEEN, LIKE and IS NULL on columns and literals (see docs/project-file.md), or take %1 out of the incremental step (exclude it, or move it to a project without &quot;incremental&quot;).</source>
        <translation>请将过滤条件简化为对列和字面量的比较、IN、BETWEEN、LIKE 和 IS NULL（参见 docs/project-file.md），或将 %1 移出增量同步步骤（排除它，或移到不含 &quot;incremental&quot; 的项目中）。</translation>
    </message>
    <message>
        <source>%1 is not a change Ferry applies by itself</source>
        <translation>%1 不是 Ferry 能自动应用的变更</translation>
    </message>
    <message>
        <source>the project&apos;s rules for %1 name column %2, which the source dropped: change the project file to match</source>
        <translation>迁移项目中 %1 的规则引用了列 %2，而源端已将其删除：请相应修改项目文件</translation>
    </message>
    <message>
        <source>the project&apos;s rules for %1 name column %2, which the source renamed: change the project file to match</source>
        <translation>迁移项目中 %1 的规则引用了列 %2，而源端已将其重命名：请相应修改项目文件</translation>
    </message>
    <message>
        <source>table %1 was created on the source; it is not among the project&apos;s objects, so it is not captured</source>
        <translation>源端创建了表 %1；它不在迁移项目的对象范围内，因此不捕获</translation>
    </message>
    <message>
        <source>the new table %1 goes into target table %2 with other tables</source>
        <translation>新表 %1 与其他表一起写入目标表 %2</translation>
    </message>
    <message>
        <source>table %1 was created on the source; target table %2 exists and is kept</source>
        <translation>源端创建了表 %1；目标表 %2 已存在，予以保留</translation>
    </message>
    <message>
        <source>table %1 was created on the source: created %2 on the target and captured from its creation on</source>
        <translation>源端创建了表 %1：已在目标端创建 %2，并从创建时起捕获其变更</translation>
    </message>
    <message>
        <source>%1 is not among the project&apos;s objects: its change is not followed</source>
        <translation>%1 不在迁移项目的对象范围内：不跟随其变更</translation>
    </message>
    <message>
        <source>table %1 entered or left the project&apos;s objects</source>
        <translation>表 %1 加入或离开了迁移项目的对象范围</translation>
    </message>
    <message>
        <source>several source tables feed target table %1: change it by hand</source>
        <translation>多张源表写入目标表 %1：请手工修改</translation>
    </message>
    <message>
        <source>%1: column %2 is now %3, which the project does not copy</source>
        <translation>%1：列 %2 现在名为 %3，迁移项目不复制该列</translation>
    </message>
    <message>
        <source>target table %1 has neither column %2 nor %3</source>
        <translation>目标表 %1 既没有列 %2，也没有列 %3</translation>
    </message>
    <message>
        <source>column %1 of the key of %2 was dropped</source>
        <translation>%2 的主键列 %1 被删除</translation>
    </message>
    <message>
        <source>%1: column %2 was added on the source; the project copies only the columns it lists (or the column is generated), so it is not added to %3</source>
        <translation>%1：源端新增了列 %2；迁移项目只复制其列出的列（或该列是生成列），因此不会添加到 %3</translation>
    </message>
    <message>
        <source>the added column %1 of %2 numbers its rows</source>
        <translation>%2 新增的列 %1 为各行自动编号</translation>
    </message>
    <message>
        <source>the added column %1 of %2 has a default the source computed for each existing row (%3)</source>
        <translation>%2 新增的列 %1 的默认值由源端为每个已有行分别计算（%3）</translation>
    </message>
    <message>
        <source>the added column %1 of %2 is NOT NULL without a default: the source gave its existing rows a value the stream does not carry</source>
        <translation>%2 新增的列 %1 为 NOT NULL 且没有默认值：源端为已有行填入的值不在变更流中</translation>
    </message>
    <message>
        <source>column %1 of %2 changes from %3 to %4, which is not a widening</source>
        <translation>%2 的列 %1 从 %3 改为 %4，这不是类型扩宽</translation>
    </message>
    <message>
        <source>column %1 of %2 is %3 on the source and %4 on the target</source>
        <translation>%2 的列 %1 在源端是 %3，在目标端是 %4</translation>
    </message>
    <message>
        <source>column %1 of %2 becomes NULL</source>
        <translation>%2 的列 %1 变为可为 NULL</translation>
    </message>
    <message>
        <source>column %1 of %2 becomes NOT NULL</source>
        <translation>%2 的列 %1 变为 NOT NULL</translation>
    </message>
    <message>
        <source>%1: column %2 is now %3 on the source; the project&apos;s type override %4 is kept</source>
        <translation>%1：列 %2 在源端现在是 %3；保留迁移项目的类型覆盖 %4</translation>
    </message>
    <message>
        <source>following a source schema change on %1 failed: %2 (%3)</source>
        <translation>在 %1 上跟随源端结构变更失败：%2（%3）</translation>
    </message>
    <message>
        <source>Correct the target table by hand, then run again.</source>
        <translation>请手工修正目标表，然后再次运行。</translation>
    </message>
    <message>
        <source>Not carried to the target (%1):</source>
        <translation>未迁移到目标端的对象（%1 个）：</translation>
    </message>
    <message>
        <source>data source %1</source>
        <translation>数据源 %1</translation>
    </message>
    <message>
        <source>%1: the SQLite file path is empty</source>
        <translation>%1：SQLite 文件路径为空</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：目录 %2 不存在</translation>
    </message>
    <message>
        <source>%1: the host is empty</source>
        <translation>%1：主机为空</translation>
    </message>
    <message>
        <source>%1: the host &apos;%2&apos; contains a space</source>
        <translation>%1：主机“%2”包含空格</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range</source>
        <translation>%1：端口 %2 超出范围</translation>
    </message>
    <message>
        <source>%1: the user is empty</source>
        <translation>%1：用户为空</translation>
    </message>
    <message>
        <source>%1: the database is empty</source>
        <translation>%1：数据库为空</translation>
    </message>
    <message>
        <source>row %1 of the batch (the table has no key)</source>
        <translation>该批次的第 %1 行（该表没有键）</translation>
    </message>
    <message>
        <source>%1, row %2: column %3 value %4 %5</source>
        <translation>%1，行 %2：列 %3 的值 %4 %5</translation>
    </message>
    <message>
        <source>Correct the source row, or override the column&apos;s target type.</source>
        <translation>请修正源端的该行数据，或覆盖该列的目标类型。</translation>
    </message>
    <message>
        <source>is not an array as PostgreSQL prints it, so it has no JSON form</source>
        <translation>不是 PostgreSQL 输出格式的数组，因此无法转换为 JSON</translation>
    </message>
    <message>
        <source>Override the column&apos;s target type with a text type to keep the array text.</source>
        <translation>请将该列的目标类型覆盖为文本类型，以保留数组的文本形式。</translation>
    </message>
    <message>
        <source>project %1: Ferry cannot capture changes from %2 yet</source>
        <translation>迁移项目 %1：Ferry 目前还不能从 %2 捕获变更</translation>
    </message>
    <message>
        <source>Remove &quot;incremental&quot; from the project&apos;s steps.</source>
        <translation>请从迁移项目的步骤中去掉“incremental”（增量同步）。</translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;</source>
        <translation>未知的数据库引擎“%1”</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>unknown TLS mode &apos;%1&apos;</source>
        <translation>未知的 TLS 模式“%1”</translation>
    </message>
    <message>
        <source>cutting %1 into chunks: the table has no key to cut on</source>
        <translation>将 %1 切分为分块：该表没有可用于切分的键</translation>
    </message>
    <message>
        <source>Copy it in one piece, or give it a primary key or a unique key.</source>
        <translation>请整表一次性复制，或为其添加主键或唯一键。</translation>
    </message>
    <message>
        <source>cutting %1 into chunks: chunks of %2 rows; the chunk size must be at least 1</source>
        <translation>将 %1 切分为分块：每块 %2 行；分块大小至少为 1</translation>
    </message>
    <message>
        <source>Set chunkRows to 1 or more.</source>
        <translation>请将 chunkRows 设为 1 或更大。</translation>
    </message>
    <message>
        <source>cutting %1 into chunks was cancelled</source>
        <translation>将 %1 切分为分块的操作已取消</translation>
    </message>
    <message>
        <source>cutting %1 into chunks: key column %2 holds NULL, so it cannot cut chunks</source>
        <translation>将 %1 切分为分块：键列 %2 含有 NULL，无法用于切分</translation>
    </message>
    <message>
        <source>Choose a key whose columns are NOT NULL.</source>
        <translation>请选择各列均为 NOT NULL 的键。</translation>
    </message>
    <message>
        <source>malformed binlog event: %1</source>
        <translation>binlog 事件格式错误：%1</translation>
    </message>
    <message>
        <source>Check that the source is a MySQL-protocol server whose binlog Ferry supports; report the event if it is.</source>
        <translation>请确认源端是 Ferry 支持其 binlog 的 MySQL 协议服务器；如果是，请报告该事件。</translation>
    </message>
    <message>
        <source>cannot be stored: MySQL FLOAT and DOUBLE have no Infinity or NaN</source>
        <translation>无法存储：MySQL 的 FLOAT 和 DOUBLE 没有 Infinity 或 NaN</translation>
    </message>
    <message>
        <source>Correct or filter out the source row, or override the column&apos;s target type with a text type.</source>
        <translation>请修正或过滤掉源端的该行数据，或将该列的目标类型覆盖为文本类型。</translation>
    </message>
    <message>
        <source>is a zero date, which the zero-date policy refuses</source>
        <translation>是零日期，零日期策略拒绝该值</translation>
    </message>
    <message>
        <source>Correct the source row, or choose the zero-date policy &apos;null&apos; to write NULL instead.</source>
        <translation>请修正源端的该行数据，或选择零日期策略“null”改为写入 NULL。</translation>
    </message>
    <message>
        <source>is a zero date, and the zero-date policy &apos;null&apos; cannot write NULL into the NOT NULL column %1</source>
        <translation>是零日期，而零日期策略“null”无法向 NOT NULL 列 %1 写入 NULL</translation>
    </message>
    <message>
        <source>Make the target column nullable, or correct the source row.</source>
        <translation>请将目标列改为可为空，或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>is not an unsigned integer, so it does not fit %1</source>
        <translation>不是无符号整数，因此无法放入 %1</translation>
    </message>
    <message>
        <source>%1 refuses LOAD DATA LOCAL (%2): loading %3 with INSERT</source>
        <translation>%1 拒绝 LOAD DATA LOCAL（%2）：改用 INSERT 向 %3 导入数据</translation>
    </message>
    <message>
        <source>loading %1 (LOAD DATA)</source>
        <translation>向 %1 导入数据（LOAD DATA）</translation>
    </message>
    <message>
        <source>loading %1 (INSERT)</source>
        <translation>向 %1 导入数据（INSERT）</translation>
    </message>
    <message>
        <source>%1: %2 refused a row of this batch: %3</source>
        <translation>%1：%2 拒绝了该批次中的一行：%3</translation>
    </message>
    <message>
        <source>Correct the source rows, or override the column&apos;s target type.</source>
        <translation>请修正源端的这些行，或覆盖该列的目标类型。</translation>
    </message>
    <message>
        <source>The value is not valid in the column&apos;s character set: override the column&apos;s target type with a binary type, or correct the source row.</source>
        <translation>该值在该列的字符集中无效：请将该列的目标类型覆盖为二进制类型，或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>Widen the target column (override its type), or correct the source row.</source>
        <translation>请加宽目标列（覆盖其类型），或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>%1, row %2: %3 refused the row: %4</source>
        <translation>%1，行 %2：%3 拒绝了该行：%4</translation>
    </message>
    <message>
        <source>does not fit %1 (%2)</source>
        <translation>无法放入 %1（%2）</translation>
    </message>
    <message>
        <source>%1: a row of %2 has a key that already exists in %1</source>
        <translation>%1：%2 中有一行的键在 %1 中已存在</translation>
    </message>
    <message>
        <source>%1: a row of %2 has a key that already exists in %1 (%3)</source>
        <translation>%1：%2 中有一行的键在 %1 中已存在（%3）</translation>
    </message>
    <message>
        <source>Choose the conflict policy &apos;ignore&apos; to keep the existing rows, or &apos;truncate&apos; to empty %1 before loading.</source>
        <translation>请选择冲突策略“ignore”以保留已有的行，或选择“truncate”在导入前清空 %1。</translation>
    </message>
    <message>
        <source>a functional index has no equivalent the target is known to take: recreate it by hand</source>
        <translation>函数索引在目标端没有已知可用的等价形式：请手动重建</translation>
    </message>
    <message>
        <source>a %1 index has no equivalent the target is known to take: recreate it by hand</source>
        <translation>%1 索引在目标端没有已知可用的等价形式：请手动重建</translation>
    </message>
    <message>
        <source>%1 has the binary log off (log_bin=%2): incremental sync reads it</source>
        <translation>%1 未开启二进制日志（log_bin=%2）：增量同步需要读取它</translation>
    </message>
    <message>
        <source>Start the server with --log-bin (and binlog_format=ROW, binlog_row_image=FULL).</source>
        <translation>请以 --log-bin 启动服务器（并设置 binlog_format=ROW、binlog_row_image=FULL）。</translation>
    </message>
    <message>
        <source>%1 logs binlog_format=%2: incremental sync needs ROW</source>
        <translation>%1 的 binlog_format=%2：增量同步需要 ROW</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_format=ROW (and in the server&apos;s configuration), then reconnect the applications so their sessions log rows.</source>
        <translation>请执行 SET GLOBAL binlog_format=ROW（并写入服务器配置文件），然后让应用重新连接，使其会话按行记录日志。</translation>
    </message>
    <message>
        <source>%1 logs binlog_row_image=%2: incremental sync needs FULL, so updates and deletes carry every column</source>
        <translation>%1 的 binlog_row_image=%2：增量同步需要 FULL，使更新和删除事件包含所有列</translation>
    </message>
    <message>
        <source>SET GLOBAL binlog_row_image=FULL (and in the server&apos;s configuration).</source>
        <translation>请执行 SET GLOBAL binlog_row_image=FULL（并写入服务器配置文件）。</translation>
    </message>
    <message>
        <source>user %1 lacks %2 on %3: incremental sync cannot read the binlog</source>
        <translation>用户 %1 在 %3 上缺少 %2 权限：增量同步无法读取 binlog</translation>
    </message>
    <message>
        <source>table %1 has no primary key or unique key on NOT NULL columns: captured updates and deletes could not find their row in the target</source>
        <translation>表 %1 没有主键，也没有建在 NOT NULL 列上的唯一键：捕获到的更新和删除无法在目标端找到对应的行</translation>
    </message>
    <message>
        <source>Add a primary key to %1 (ALTER TABLE ... ADD PRIMARY KEY), or exclude it from incremental sync.</source>
        <translation>请为 %1 添加主键（ALTER TABLE ... ADD PRIMARY KEY），或将其排除在增量同步之外。</translation>
    </message>
    <message>
        <source>%1 reports no binlog position: the binary log is off</source>
        <translation>%1 没有报告 binlog 位点：二进制日志未开启</translation>
    </message>
    <message>
        <source>Start the server with --log-bin.</source>
        <translation>请以 --log-bin 启动服务器。</translation>
    </message>
    <message>
        <source>%1 committed too fast to read its binlog position</source>
        <translation>%1 提交过于频繁，无法读取其 binlog 位点</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>reading the binlog of %1 was cancelled</source>
        <translation>读取 %1 的 binlog 已取消</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a binlog position of %2 (FILE:OFFSET[;gtid=...])</source>
        <translation>“%1”不是 %2 的 binlog 位点（FILE:OFFSET[;gtid=...]）</translation>
    </message>
    <message>
        <source>Start from the position currentPosition() or the full step recorded.</source>
        <translation>请从 currentPosition() 或全量迁移步骤记录的位点开始。</translation>
    </message>
    <message>
        <source>starting replication from %1</source>
        <translation>开始从 %1 复制</translation>
    </message>
    <message>
        <source>%1 no longer has binlog file %2 that capture must resume from (%3): it was purged</source>
        <translation>%1 上已没有捕获需要从其恢复的 binlog 文件 %2（%3）：该文件已被清理</translation>
    </message>
    <message>
        <source>Redo the full step for the captured tables and start capture from the position it records; keep binlogs longer (binlog_expire_logs_seconds) than capture may stop.</source>
        <translation>请对被捕获的表重做全量迁移，并从其记录的位点开始捕获；binlog 的保留时间（binlog_expire_logs_seconds）应长于捕获可能停止的时间。</translation>
    </message>
    <message>
        <source>reading the binlog of %1</source>
        <translation>读取 %1 的 binlog</translation>
    </message>
    <message>
        <source>the binlog stream from %1 broke (no event or heartbeat for %2 s, or the connection dropped): %3</source>
        <translation>来自 %1 的 binlog 流中断（%2 秒内没有事件或心跳，或连接已断开）：%3</translation>
    </message>
    <message>
        <source>reading the binlog of %1 failed: %2</source>
        <translation>读取 %1 的 binlog 失败：%2</translation>
    </message>
    <message>
        <source>reading the binlog of %1 from %2</source>
        <translation>从 %2 开始读取 %1 的 binlog</translation>
    </message>
    <message>
        <source>binlog: capture from %1 at %2 as replica %3</source>
        <translation>binlog：以副本 %3 的身份从 %1 的 %2 开始捕获</translation>
    </message>
    <message>
        <source>PostgreSQL &apos;NaN&apos; and infinities are refused (MySQL DECIMAL has none)</source>
        <translation>PostgreSQL 的 &apos;NaN&apos; 和无穷大会被拒绝（MySQL DECIMAL 不支持）</translation>
    </message>
    <message>
        <source>numeric without a precision: DECIMAL(65,30) holds 35 integer and 30 fraction digits; larger values are refused, longer fractions are refused rather than rounded; declare a precision to keep it exact</source>
        <translation>未指定精度的 numeric：DECIMAL(65,30) 可容纳 35 位整数和 30 位小数；更大的值会被拒绝，更长的小数会被拒绝而不是舍入；请声明精度以保持精确</translation>
    </message>
    <message>
        <source>numeric without a precision: DECIMAL(65,30) holds 35 integer and 30 fraction digits; larger values are refused, longer fractions are refused rather than rounded; PostgreSQL &apos;NaN&apos; and infinities are refused (MySQL DECIMAL has none)</source>
        <translation>未指定精度的 numeric：DECIMAL(65,30) 可容纳 35 位整数和 30 位小数；更大的值会被拒绝，更长的小数会被拒绝而不是舍入；PostgreSQL 的 &apos;NaN&apos; 和无穷大会被拒绝（MySQL DECIMAL 不支持）</translation>
    </message>
    <message>
        <source>numeric(%1,%2) exceeds MySQL&apos;s DECIMAL(65,30): values that do not fit DECIMAL(65,%3) are refused</source>
        <translation>numeric(%1,%2) 超出了 MySQL 的 DECIMAL(65,30)：放不进 DECIMAL(65,%3) 的值会被拒绝</translation>
    </message>
    <message>
        <source>Infinity, -Infinity and NaN are refused (MySQL FLOAT has none)</source>
        <translation>Infinity、-Infinity 和 NaN 会被拒绝（MySQL FLOAT 不支持）</translation>
    </message>
    <message>
        <source>Infinity, -Infinity and NaN are refused (MySQL DOUBLE has none)</source>
        <translation>Infinity、-Infinity 和 NaN 会被拒绝（MySQL DOUBLE 不支持）</translation>
    </message>
    <message>
        <source>byte-wise, case-sensitive like PostgreSQL; MySQL returns CHAR without its trailing spaces</source>
        <translation>与 PostgreSQL 一样按字节比较、区分大小写；MySQL 返回 CHAR 时会去掉末尾空格</translation>
    </message>
    <message>
        <source>byte-wise, case-sensitive like PostgreSQL (utf8mb4_bin ignores trailing spaces in comparisons)</source>
        <translation>与 PostgreSQL 一样按字节比较、区分大小写（utf8mb4_bin 比较时忽略末尾空格）</translation>
    </message>
    <message>
        <source>longer than %1 characters: LONGTEXT keeps the row under MySQL&apos;s 65,535 bytes; the length limit is not enforced</source>
        <translation>长度超过 %1 个字符：使用 LONGTEXT 可使行保持在 MySQL 的 65,535 字节以内；长度限制不再强制</translation>
    </message>
    <message>
        <source>years 0001-9999 only: BC dates and &apos;infinity&apos; are refused</source>
        <translation>仅支持 0001-9999 年：公元前日期和 &apos;infinity&apos; 会被拒绝</translation>
    </message>
    <message>
        <source>stored as UTC; MySQL TIMESTAMP&apos;s 1970–2038 range is too narrow</source>
        <translation>以 UTC 存储；MySQL TIMESTAMP 的 1970–2038 范围太窄</translation>
    </message>
    <message>
        <source>MariaDB keeps the JSON text as written; MySQL 8 normalises it (key order, spacing)</source>
        <translation>MariaDB 按原样保留 JSON 文本；MySQL 8 会将其规范化（键的顺序、空白）</translation>
    </message>
    <message>
        <source>labels compared case-sensitively (utf8mb4_bin)</source>
        <translation>标签比较区分大小写（utf8mb4_bin）</translation>
    </message>
    <message>
        <source>bit strings without a length of at most 64 bits: longer values are refused</source>
        <translation>未指定长度的位串最多 64 位：更长的值会被拒绝</translation>
    </message>
    <message>
        <source>kept as text</source>
        <translation>以文本保存</translation>
    </message>
    <message>
        <source>kept as its text form (&apos;1 day 02:00:00&apos;): MySQL has no interval type</source>
        <translation>以文本形式保存（&apos;1 day 02:00:00&apos;）：MySQL 没有 interval 类型</translation>
    </message>
    <message>
        <source>PostGIS geography becomes geometry: the coordinates and SRID are kept, distances are no longer on the spheroid</source>
        <translation>PostGIS geography 变为 geometry：坐标和 SRID 得以保留，但距离不再按椭球面计算</translation>
    </message>
    <message>
        <source>MySQL geometries are 2D: values with Z or M coordinates are refused</source>
        <translation>MySQL 的几何类型是二维的：带 Z 或 M 坐标的值会被拒绝</translation>
    </message>
    <message>
        <source>SRID and WKB kept per value</source>
        <translation>每个值的 SRID 和 WKB 均保留</translation>
    </message>
    <message>
        <source>this type has no MySQL type: kept as its text form</source>
        <translation>该类型没有对应的 MySQL 类型：以文本形式保存</translation>
    </message>
    <message>
        <source>%1 has no MySQL type: kept as its text form</source>
        <translation>%1 没有对应的 MySQL 类型：以文本形式保存</translation>
    </message>
    <message>
        <source>a JSON array: numbers as numbers, NULL elements as null, nested arrays nested</source>
        <translation>JSON 数组：数字保持为数字，NULL 元素为 null，嵌套数组保持嵌套</translation>
    </message>
    <message>
        <source>the binary log is on</source>
        <translation>二进制日志（binlog）已开启</translation>
    </message>
    <message>
        <source>log_bin=OFF: incremental sync needs the binary log; start the server with --log-bin</source>
        <translation>log_bin=OFF：增量同步需要二进制日志；请以 --log-bin 启动服务器</translation>
    </message>
    <message>
        <source>binlog_format=ROW, as incremental sync needs</source>
        <translation>binlog_format=ROW，满足增量同步的要求</translation>
    </message>
    <message>
        <source>binlog_format=%1: incremental sync needs ROW; SET GLOBAL binlog_format=ROW and restart the writers</source>
        <translation>binlog_format=%1：增量同步需要 ROW；请执行 SET GLOBAL binlog_format=ROW 并重启写入端</translation>
    </message>
    <message>
        <source>row events carry every column</source>
        <translation>行事件包含所有列</translation>
    </message>
    <message>
        <source>binlog_row_image=%1: incremental sync needs FULL, so updates and deletes carry every column; SET GLOBAL binlog_row_image=FULL and restart the writers</source>
        <translation>binlog_row_image=%1：增量同步需要 FULL，使更新和删除事件包含所有列；请执行 SET GLOBAL binlog_row_image=FULL 并重启写入端</translation>
    </message>
    <message>
        <source>row events carry column names</source>
        <translation>行事件包含列名</translation>
    </message>
    <message>
        <source>binlog_row_metadata=%1: column names are taken from the catalog; FULL is safer across DDL</source>
        <translation>binlog_row_metadata=%1：列名取自数据字典；遇到 DDL 时 FULL 更安全</translation>
    </message>
    <message>
        <source>binary logs are kept until purged by hand</source>
        <translation>二进制日志会一直保留，直到手动清理</translation>
    </message>
    <message>
        <source>binlogs are kept %1 days: a stopped incremental sync must resume within that; keep at least 7 days for full + incremental</source>
        <translation>binlog 保留 %1 天：停止的增量同步必须在此期限内恢复；全量迁移 + 增量同步请至少保留 7 天</translation>
    </message>
    <message>
        <source>binlogs are kept %1 days; 7 or more leave room for a long full migration before incremental sync</source>
        <translation>binlog 保留 %1 天；保留 7 天或更久，可为增量同步之前耗时较长的全量迁移留出余地</translation>
    </message>
    <message>
        <source>binlogs are kept %1 days</source>
        <translation>binlog 保留 %1 天</translation>
    </message>
    <message>
        <source>the account may read the binary log</source>
        <translation>该账号可以读取二进制日志</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; lacks %2: incremental sync cannot read the binlog; GRANT %2 ON *.* TO the user</source>
        <translation>用户“%1”缺少 %2 权限：增量同步无法读取 binlog；请对该用户执行 GRANT %2 ON *.*</translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL is allowed: the fast bulk path for loads</source>
        <translation>允许 LOAD DATA LOCAL：可使用快速批量导入</translation>
    </message>
    <message>
        <source>local_infile=OFF: loads into this server use multi-row INSERT, several times slower than LOAD DATA LOCAL</source>
        <translation>local_infile=OFF：向该服务器导入数据将使用多行 INSERT，比 LOAD DATA LOCAL 慢数倍</translation>
    </message>
    <message>
        <source>the connection is encrypted</source>
        <translation>连接已加密</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>连接未加密</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%2:%3 上的 %1</translation>
    </message>
    <message>
        <source>Check that the server runs, the host and port are right, and no firewall blocks the port.</source>
        <translation>请检查服务器是否在运行、主机和端口是否正确，以及是否有防火墙拦截该端口。</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens on port %2)</source>
        <translation>%1 拒绝了连接（端口 %2 上没有服务在监听）</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 未在 %2 秒内响应</translation>
    </message>
    <message>
        <source>the host name &apos;%1&apos; cannot be resolved</source>
        <translation>无法解析主机名“%1”</translation>
    </message>
    <message>
        <source>Check the spelling, or use the server&apos;s IP address.</source>
        <translation>请检查拼写，或改用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>%1 is unreachable (no route to host)</source>
        <translation>无法访问 %1（没有到该主机的路由）</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2 but did not complete the MySQL handshake: %3</source>
        <translation>%1 在端口 %2 上接受了连接，但未完成 MySQL 握手：%3</translation>
    </message>
    <message>
        <source>Check that port %1 belongs to a MySQL-protocol server.</source>
        <translation>请确认端口 %1 上运行的是 MySQL 协议的服务器。</translation>
    </message>
    <message>
        <source>%1 refused user &apos;%2&apos;: wrong user name or password</source>
        <translation>%1 拒绝了用户“%2”：用户名或密码错误</translation>
    </message>
    <message>
        <source>Re-enter the password, or check that &apos;%1&apos; may connect from this host.</source>
        <translation>请重新输入密码，或确认“%1”允许从本机连接。</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; may not use database &apos;%2&apos; on %3</source>
        <translation>用户“%1”无权使用 %3 上的数据库“%2”</translation>
    </message>
    <message>
        <source>GRANT the user privileges on the database, or choose another one.</source>
        <translation>请用 GRANT 授予该用户此数据库的权限，或选择其他数据库。</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; does not exist on %2</source>
        <translation>%2 上不存在数据库“%1”</translation>
    </message>
    <message>
        <source>Check the name (names are case-sensitive on most servers), or create it.</source>
        <translation>请检查名称（大多数服务器上名称区分大小写），或创建该数据库。</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>The server has no TLS: enable it on the server, or set TLS to &apos;prefer&apos; or &apos;disable&apos;.</source>
        <translation>服务器未启用 TLS：请在服务器上启用，或将 TLS 设为“prefer”或“disable”。</translation>
    </message>
    <message>
        <source>Check the CA file and that the certificate names the host you connect to; &apos;require&apos; encrypts without verifying.</source>
        <translation>请检查 CA 文件，并确认证书中的主机名与所连接的主机一致；“require”只加密、不验证证书。</translation>
    </message>
    <message>
        <source>Wait until the server has started again, then run again.</source>
        <translation>请等待服务器重新启动完成后再运行。</translation>
    </message>
    <message>
        <source>The server has reached max_connections; lower Ferry&apos;s concurrency or raise the limit.</source>
        <translation>服务器已达到 max_connections 上限；请降低 Ferry 的并发度，或调高该上限。</translation>
    </message>
    <message>
        <source>GRANT the missing privilege to &apos;%1&apos;.</source>
        <translation>请用 GRANT 为“%1”授予缺少的权限。</translation>
    </message>
    <message>
        <source>TLS mode %1 needs a CA file to verify %2</source>
        <translation>TLS 模式 %1 需要 CA 文件来验证 %2</translation>
    </message>
    <message>
        <source>Give the CA certificate (PEM) of the server, or use &apos;require&apos;.</source>
        <translation>请提供服务器的 CA 证书（PEM），或使用“require”。</translation>
    </message>
    <message>
        <source>%1 offers no TLS; &apos;prefer&apos; falls back to plain</source>
        <translation>%1 不提供 TLS；“prefer”模式回退为明文连接</translation>
    </message>
    <message>
        <source>%1 requires TLS for user &apos;%2&apos;, but TLS is disabled here</source>
        <translation>%1 要求用户“%2”使用 TLS，但此处已禁用 TLS</translation>
    </message>
    <message>
        <source>Set TLS to &apos;require&apos; (or verify-ca / verify-full with the CA file).</source>
        <translation>请将 TLS 设为“require”（或配合 CA 文件使用 verify-ca / verify-full）。</translation>
    </message>
    <message>
        <source>%1: no columns to read</source>
        <translation>%1：没有要读取的列</translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation>读取 %1 已取消</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>Report this: the server sent what Ferry does not expect.</source>
        <translation>请报告此问题：服务器发送了 Ferry 预料之外的内容。</translation>
    </message>
    <message>
        <source>starting a transaction on %1</source>
        <translation>在 %1 上开启事务</translation>
    </message>
    <message>
        <source>replacing rows of %1 needs the key to replace by</source>
        <translation>替换 %1 的行需要用于替换的键</translation>
    </message>
    <message>
        <source>creating the staging table for %1</source>
        <translation>为 %1 创建暂存表</translation>
    </message>
    <message>
        <source>preparing the staging table for %1</source>
        <translation>为 %1 准备暂存表</translation>
    </message>
    <message>
        <source>copying into %1</source>
        <translation>复制数据到 %1</translation>
    </message>
    <message>
        <source>(row not identified)</source>
        <translation>（无法确定是哪一行）</translation>
    </message>
    <message>
        <source>%1 of this transaction (the table has no key)</source>
        <translation>本事务中的第 %1 行（该表没有键）</translation>
    </message>
    <message>
        <source>%1, row %2: the key already exists in %3: %4</source>
        <translation>%1，行 %2：该键在 %3 中已存在：%4</translation>
    </message>
    <message>
        <source>Set the conflict policy to ignore to keep the rows already there, or truncate the target table before copying.</source>
        <translation>请将冲突策略设为 ignore 以保留已有的行，或在复制前清空（truncate）目标表。</translation>
    </message>
    <message>
        <source>%1, row %2: column %3 value NULL is refused by %4: the column is NOT NULL</source>
        <translation>%1，行 %2：列 %3 的值 NULL 被 %4 拒绝：该列为 NOT NULL</translation>
    </message>
    <message>
        <source>(see the reason)</source>
        <translation>（见原因）</translation>
    </message>
    <message>
        <source>%1, row %2: column %3 value %4 is refused by PostgreSQL: %5</source>
        <translation>%1，行 %2：列 %3 的值 %4 被 PostgreSQL 拒绝：%5</translation>
    </message>
    <message>
        <source>Override the column&apos;s target type to interval to keep times outside 00:00:00–24:00:00, or correct the source row.</source>
        <translation>请将该列的目标类型覆盖为 interval，以保留 00:00:00–24:00:00 之外的时间，或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>Override the column&apos;s target type to a wider one, or correct the source row.</source>
        <translation>请将该列的目标类型覆盖为更宽的类型，或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>%1, row %2: PostgreSQL refused the row: %3</source>
        <translation>%1，行 %2：PostgreSQL 拒绝了该行：%3</translation>
    </message>
    <message>
        <source>Correct the source row, or adjust the target table&apos;s constraints.</source>
        <translation>请修正源端的该行数据，或调整目标表的约束。</translation>
    </message>
    <message>
        <source>is a zero date, which PostgreSQL cannot store</source>
        <translation>是零日期，PostgreSQL 无法存储</translation>
    </message>
    <message>
        <source>Set the zero-date policy to NULL (nullable columns only), or correct the source row.</source>
        <translation>请将零日期策略设为 NULL（仅适用于可为空的列），或修正源端的该行数据。</translation>
    </message>
    <message>
        <source>is a zero date and the column is NOT NULL, so it cannot become NULL</source>
        <translation>是零日期，而该列为 NOT NULL，因此不能变为 NULL</translation>
    </message>
    <message>
        <source>is not a geometry (SRID and WKB)</source>
        <translation>不是几何值（SRID 和 WKB）</translation>
    </message>
    <message>
        <source>does not fit bit(%1)</source>
        <translation>无法放入 bit(%1)</translation>
    </message>
    <message>
        <source>contains a NUL byte: PostgreSQL text cannot hold NUL bytes</source>
        <translation>含有 NUL 字节：PostgreSQL 文本不能包含 NUL 字节</translation>
    </message>
    <message>
        <source>Map the column to bytea (override its target type), or remove the NUL bytes from the source.</source>
        <translation>请将该列映射为 bytea（覆盖其目标类型），或从源端去除 NUL 字节。</translation>
    </message>
    <message>
        <source>is not valid UTF-8: PostgreSQL text must be valid UTF-8</source>
        <translation>不是有效的 UTF-8：PostgreSQL 文本必须是有效的 UTF-8</translation>
    </message>
    <message>
        <source>Map the column to bytea (override its target type), or fix the source column&apos;s character set.</source>
        <translation>请将该列映射为 bytea（覆盖其目标类型），或修正源端该列的字符集。</translation>
    </message>
    <message>
        <source>merging the copied rows into %1</source>
        <translation>将复制的行合并到 %1</translation>
    </message>
    <message>
        <source>deleting a key range of %1</source>
        <translation>删除 %1 的一个键范围</translation>
    </message>
    <message>
        <source>deleting the rows of %1</source>
        <translation>删除 %1 的行</translation>
    </message>
    <message>
        <source>committing the rows of %1</source>
        <translation>提交 %1 的行</translation>
    </message>
    <message>
        <source>reading the tables of schema %1: %2</source>
        <translation>读取模式 %1 的表：%2</translation>
    </message>
    <message>
        <source>reading the enum types of schema %1: %2</source>
        <translation>读取模式 %1 的枚举类型：%2</translation>
    </message>
    <message>
        <source>reading the domain constraints of schema %1: %2</source>
        <translation>读取模式 %1 的域约束：%2</translation>
    </message>
    <message>
        <source>reading the columns of schema %1: %2</source>
        <translation>读取模式 %1 的列：%2</translation>
    </message>
    <message>
        <source>reading the indexes of schema %1: %2</source>
        <translation>读取模式 %1 的索引：%2</translation>
    </message>
    <message>
        <source>it is on an expression: recreate it by hand on the target</source>
        <translation>该索引建在表达式上：请在目标端手动重建</translation>
    </message>
    <message>
        <source>it is partial: recreate it by hand on the target</source>
        <translation>该索引是部分索引：请在目标端手动重建</translation>
    </message>
    <message>
        <source>it is not valid: recreate it by hand on the target</source>
        <translation>该索引无效：请在目标端手动重建</translation>
    </message>
    <message>
        <source>it is an exclusion constraint: recreate it by hand on the target</source>
        <translation>这是一个排他约束：请在目标端手动重建</translation>
    </message>
    <message>
        <source>%1.%2: index %3 has INCLUDE columns, which are not migrated</source>
        <translation>%1.%2：索引 %3 含有 INCLUDE 列，这些列不会迁移</translation>
    </message>
    <message>
        <source>reading the CHECK constraints of schema %1: %2</source>
        <translation>读取模式 %1 的 CHECK 约束：%2</translation>
    </message>
    <message>
        <source>reading the table comments of schema %1: %2</source>
        <translation>读取模式 %1 的表注释：%2</translation>
    </message>
    <message>
        <source>reading the foreign keys of schema %1: %2</source>
        <translation>读取模式 %1 的外键：%2</translation>
    </message>
    <message>
        <source>reading the indexes and foreign keys of partitions of schema %1: %2</source>
        <translation>读取模式 %1 中分区的索引和外键：%2</translation>
    </message>
    <message>
        <source>reading changes from replication slot %1 was cancelled</source>
        <translation>从复制槽 %1 读取变更已取消</translation>
    </message>
    <message>
        <source>reading the settings of %1 returned no row</source>
        <translation>读取 %1 的设置没有返回任何行</translation>
    </message>
    <message>
        <source>%1 has wal_level=%2: capturing changes needs wal_level=logical</source>
        <translation>%1 的 wal_level=%2：捕获变更需要 wal_level=logical</translation>
    </message>
    <message>
        <source>Run ALTER SYSTEM SET wal_level = logical as a superuser and restart the server.</source>
        <translation>请以超级用户执行 ALTER SYSTEM SET wal_level = logical 并重启服务器。</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; on %2 lacks the REPLICATION privilege: it cannot create or read the replication slot %3</source>
        <translation>%2 上的角色“%1”缺少 REPLICATION 权限：无法创建或读取复制槽 %3</translation>
    </message>
    <message>
        <source>Run ALTER ROLE %1 REPLICATION as a superuser, or capture as a role that has it.</source>
        <translation>请以超级用户执行 ALTER ROLE %1 REPLICATION，或使用具有该权限的角色进行捕获。</translation>
    </message>
    <message>
        <source>project %1 captures no table</source>
        <translation>迁移项目 %1 没有要捕获的表</translation>
    </message>
    <message>
        <source>Select the tables to capture.</source>
        <translation>请选择要捕获的表。</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 上没有表 %2</translation>
    </message>
    <message>
        <source>Read the source&apos;s schema again and update the project&apos;s tables.</source>
        <translation>请重新读取源端的结构，并更新迁移项目中的表。</translation>
    </message>
    <message>
        <source>table %1 has no primary key and REPLICA IDENTITY DEFAULT or NOTHING: PostgreSQL cannot say which row its updates and deletes change</source>
        <translation>表 %1 没有主键，且 REPLICA IDENTITY 为 DEFAULT 或 NOTHING：PostgreSQL 无法指明其更新和删除作用于哪一行</translation>
    </message>
    <message>
        <source>Add a primary key, or run %1.</source>
        <translation>请添加主键，或执行 %1。</translation>
    </message>
    <message>
        <source>%1 has a replication slot %2 that is not a pgoutput slot of database %3</source>
        <translation>%1 上的复制槽 %2 不是数据库 %3 的 pgoutput 复制槽</translation>
    </message>
    <message>
        <source>Drop it (SELECT pg_drop_replication_slot(&apos;%1&apos;)) if nothing uses it, or rename the project.</source>
        <translation>如果没有程序在使用它，请将其删除（SELECT pg_drop_replication_slot(&apos;%1&apos;)），或重命名迁移项目。</translation>
    </message>
    <message>
        <source>created replication slot %1 at %2 on %3</source>
        <translation>已在 %3 上创建复制槽 %1，位于 %2</translation>
    </message>
    <message>
        <source>replication slot %1 exists already on %2: a snapshot is only exported when the slot is created</source>
        <translation>复制槽 %1 已存在于 %2 上：只有在创建复制槽时才会导出快照</translation>
    </message>
    <message>
        <source>Release the project&apos;s capture objects, then redo the full step.</source>
        <translation>请释放迁移项目的捕获对象，然后重做全量迁移。</translation>
    </message>
    <message>
        <source>creating replication slot %1</source>
        <translation>创建复制槽 %1</translation>
    </message>
    <message>
        <source>created replication slot %1 at %2 with snapshot %3 on %4</source>
        <translation>已在 %4 上创建复制槽 %1，位于 %2，快照为 %3</translation>
    </message>
    <message>
        <source>replication slot %1 no longer exists on %2 (or was invalidated): the changes after position %3 cannot be read</source>
        <translation>复制槽 %1 在 %2 上已不存在（或已失效）：位点 %3 之后的变更无法读取</translation>
    </message>
    <message>
        <source>Redo the full step for the project&apos;s tables (it creates the slot again), then start the incremental step from the position it records.</source>
        <translation>请对迁移项目的表重做全量迁移（会重新创建复制槽），然后从其记录的位点开始增量同步。</translation>
    </message>
    <message>
        <source>the server ended the stream</source>
        <translation>服务器结束了数据流</translation>
    </message>
    <message>
        <source>reading replication slot %1 on %2 stopped: %3</source>
        <translation>读取 %2 上的复制槽 %1 已停止：%3</translation>
    </message>
    <message>
        <source>Start the incremental step again: it resumes from the last position the target committed.</source>
        <translation>请重新启动增量同步：它会从目标端最后提交的位点继续。</translation>
    </message>
    <message>
        <source>replication slot %1 does not exist on %2</source>
        <translation>%2 上不存在复制槽 %1</translation>
    </message>
    <message>
        <source>Prepare the capture first (it creates the slot).</source>
        <translation>请先准备捕获（会创建复制槽）。</translation>
    </message>
    <message>
        <source>sending the status of replication slot %1</source>
        <translation>发送复制槽 %1 的状态</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL position (an LSN like 0/16B3748)</source>
        <translation>“%1”不是 PostgreSQL 位点（应为 0/16B3748 这样的 LSN）</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 is not a pgoutput slot of database %3</source>
        <translation>%2 上的复制槽 %1 不是数据库 %3 的 pgoutput 复制槽</translation>
    </message>
    <message>
        <source>Release the project&apos;s capture objects and redo the full step.</source>
        <translation>请释放迁移项目的捕获对象并重做全量迁移。</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 starts at %3, after position %4 that capture must resume from: the slot was dropped and created again (or advanced), and the changes between them cannot be read</source>
        <translation>%2 上的复制槽 %1 从 %3 开始，晚于捕获需要恢复的位点 %4：该复制槽曾被删除后重建（或被推进），两者之间的变更无法读取</translation>
    </message>
    <message>
        <source>Redo the full step for the project&apos;s tables, then start the incremental step from the position it records.</source>
        <translation>请对迁移项目的表重做全量迁移，然后从其记录的位点开始增量同步。</translation>
    </message>
    <message>
        <source>starting to read replication slot %1</source>
        <translation>开始读取复制槽 %1</translation>
    </message>
    <message>
        <source>Another process reads the slot: stop the other run of the project first.</source>
        <translation>另一个进程正在读取该复制槽：请先停止该迁移项目的另一个运行实例。</translation>
    </message>
    <message>
        <source>streaming replication slot %1 from %2 on %3</source>
        <translation>正在从 %3 上的复制槽 %1 的 %2 处开始流式读取</translation>
    </message>
    <message>
        <source>replication slot %1: %2</source>
        <translation>复制槽 %1：%2</translation>
    </message>
    <message>
        <source>terminating the walsender %1 of replication slot %2</source>
        <translation>正在终止复制槽 %2 的 walsender %1</translation>
    </message>
    <message>
        <source>replication slot %1 on %2 stays in use</source>
        <translation>%2 上的复制槽 %1 仍在使用中</translation>
    </message>
    <message>
        <source>Stop whatever reads it, then release the project again.</source>
        <translation>请停止正在读取它的程序，然后再次释放迁移项目。</translation>
    </message>
    <message>
        <source>needs the PostGIS extension in the target database</source>
        <translation>目标数据库需要 PostGIS 扩展</translation>
    </message>
    <message>
        <source>values other than 0 and 1 are refused; override to smallint to keep them</source>
        <translation>0 和 1 以外的值会被拒绝；如需保留，请覆盖为 smallint</translation>
    </message>
    <message>
        <source>widened: PostgreSQL has no 1-byte integer</source>
        <translation>已加宽：PostgreSQL 没有 1 字节整数</translation>
    </message>
    <message>
        <source>widened: SMALLINT UNSIGNED exceeds smallint</source>
        <translation>已加宽：SMALLINT UNSIGNED 超出 smallint 的范围</translation>
    </message>
    <message>
        <source>widened: PostgreSQL has no 3-byte integer</source>
        <translation>已加宽：PostgreSQL 没有 3 字节整数</translation>
    </message>
    <message>
        <source>widened: INT UNSIGNED exceeds integer</source>
        <translation>已加宽：INT UNSIGNED 超出 integer 的范围</translation>
    </message>
    <message>
        <source>widened: BIGINT UNSIGNED exceeds bigint (an auto-increment column gets a sequence instead of an identity)</source>
        <translation>已加宽：BIGINT UNSIGNED 超出 bigint 的范围（自增列使用序列而不是标识列）</translation>
    </message>
    <message>
        <source>PostgreSQL pads character(n) with spaces when read; trailing spaces do not count in comparisons</source>
        <translation>PostgreSQL 读取 character(n) 时会用空格补齐；比较时不计末尾空格</translation>
    </message>
    <message>
        <source>SQLite does not enforce the declared length: longer values are refused; override to text to keep them</source>
        <translation>SQLite 不强制声明的长度：更长的值会被拒绝；如需保留，请覆盖为 text</translation>
    </message>
    <message>
        <source>text with NUL bytes is refused; override to bytea to keep it</source>
        <translation>含 NUL 字节的文本会被拒绝；如需保留，请覆盖为 bytea</translation>
    </message>
    <message>
        <source>zero dates (0000-00-00) follow the zero-date policy</source>
        <translation>零日期（0000-00-00）按零日期策略处理</translation>
    </message>
    <message>
        <source>SQLite keeps dates as text: values PostgreSQL cannot read are refused</source>
        <translation>SQLite 以文本保存日期：PostgreSQL 无法解析的值会被拒绝</translation>
    </message>
    <message>
        <source>SQLite keeps times as text: values PostgreSQL cannot read are refused</source>
        <translation>SQLite 以文本保存时间：PostgreSQL 无法解析的值会被拒绝</translation>
    </message>
    <message>
        <source>MySQL TIME outside 00:00:00–24:00:00, e.g. negative durations, is refused; override to interval to keep them</source>
        <translation>超出 00:00:00–24:00:00 的 MySQL TIME（如负的时长）会被拒绝；如需保留，请覆盖为 interval</translation>
    </message>
    <message>
        <source>SQLite keeps timestamps as text: values PostgreSQL cannot read are refused</source>
        <translation>SQLite 以文本保存时间戳：PostgreSQL 无法解析的值会被拒绝</translation>
    </message>
    <message>
        <source>zero dates (0000-00-00 00:00:00) follow the zero-date policy</source>
        <translation>零日期（0000-00-00 00:00:00）按零日期策略处理</translation>
    </message>
    <message>
        <source>the year as a number (0 for the zero year)</source>
        <translation>以数字表示年份（零年为 0）</translation>
    </message>
    <message>
        <source>json keeps the text exactly; jsonb would reorder keys</source>
        <translation>json 精确保留文本；jsonb 会重排键的顺序</translation>
    </message>
    <message>
        <source>the enum type %1 is not created in the target: the labels are kept as text with a CHECK constraint</source>
        <translation>不会在目标端创建枚举类型 %1：标签以文本保存，并附带 CHECK 约束</translation>
    </message>
    <message>
        <source>text with a CHECK constraint listing the labels</source>
        <translation>文本，并附带列出各标签的 CHECK 约束</translation>
    </message>
    <message>
        <source>the labels joined by commas, as text</source>
        <translation>以逗号连接各标签，作为文本保存</translation>
    </message>
    <message>
        <source>PostGIS geometry: SRID and WKB kept per value (needs the postgis extension in the target database, else bytea)</source>
        <translation>PostGIS geometry：每个值的 SRID 和 WKB 均保留（目标数据库需要 postgis 扩展，否则使用 bytea）</translation>
    </message>
    <message>
        <source>kept as its text form: the type other is not kept</source>
        <translation>以文本形式保存：类型 other 不予保留</translation>
    </message>
    <message>
        <source>kept as its text form: the type %1 is not kept</source>
        <translation>以文本形式保存：类型 %1 不予保留</translation>
    </message>
    <message>
        <source>the capability probe returned no row</source>
        <translation>能力探测没有返回任何行</translation>
    </message>
    <message>
        <source>wal_level=logical, as incremental sync needs</source>
        <translation>wal_level=logical，满足增量同步的要求</translation>
    </message>
    <message>
        <source>wal_level=%1: incremental sync needs logical; ALTER SYSTEM SET wal_level = logical and restart the server</source>
        <translation>wal_level=%1：增量同步需要 logical；请执行 ALTER SYSTEM SET wal_level = logical 并重启服务器</translation>
    </message>
    <message>
        <source>the role may stream logical changes</source>
        <translation>该角色可以流式读取逻辑变更</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; lacks REPLICATION: incremental sync cannot stream changes; ALTER ROLE %1 REPLICATION</source>
        <translation>角色“%1”缺少 REPLICATION 权限：增量同步无法流式读取变更；请执行 ALTER ROLE %1 REPLICATION</translation>
    </message>
    <message>
        <source>%1 replication slot(s) free</source>
        <translation>有 %1 个空闲的复制槽</translation>
    </message>
    <message>
        <source>no free replication slot (max_replication_slots=%1): incremental sync needs one; drop an unused slot or raise the limit</source>
        <translation>没有空闲的复制槽（max_replication_slots=%1）：增量同步需要一个；请删除不用的复制槽或调高上限</translation>
    </message>
    <message>
        <source>max_wal_senders=0: no replication connection is possible; set max_wal_senders = 10 and restart the server</source>
        <translation>max_wal_senders=0：无法建立复制连接；请设置 max_wal_senders = 10 并重启服务器</translation>
    </message>
    <message>
        <source>a slot that falls %1 behind is invalidated: a stopped incremental sync must resume before that</source>
        <translation>落后超过 %1 的复制槽会失效：停止的增量同步必须在此之前恢复</translation>
    </message>
    <message>
        <source>the database is UTF-8</source>
        <translation>数据库编码为 UTF-8</translation>
    </message>
    <message>
        <source>the database encoding is %1: text outside it cannot be stored here</source>
        <translation>数据库编码为 %1：该编码之外的文本无法存入</translation>
    </message>
    <message>
        <source>schema &apos;%1&apos; does not exist: as a target Ferry creates it; as a source there is nothing to read</source>
        <translation>模式“%1”不存在：作为目标端时 Ferry 会创建它；作为源端时没有可读取的内容</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; may not create tables in schema &apos;%2&apos;: schema migration into it will fail; GRANT CREATE ON SCHEMA %2</source>
        <translation>角色“%1”无权在模式“%2”中建表：向其进行结构迁移将会失败；请执行 GRANT CREATE ON SCHEMA %2</translation>
    </message>
    <message>
        <source>schema &apos;%1&apos; exists and is writable</source>
        <translation>模式“%1”存在且可写</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2</source>
        <translation>%1:%2 上的 PostgreSQL</translation>
    </message>
    <message>
        <source>Check the host and that no firewall drops the traffic.</source>
        <translation>请检查主机地址，并确认没有防火墙丢弃流量。</translation>
    </message>
    <message>
        <source>%1 does not accept connections now: %2</source>
        <translation>%1 当前不接受连接：%2</translation>
    </message>
    <message>
        <source>Wait until the server has started, then run again.</source>
        <translation>请等待服务器启动完成后再运行。</translation>
    </message>
    <message>
        <source>Check the host address and the network path.</source>
        <translation>请检查主机地址和网络路径。</translation>
    </message>
    <message>
        <source>Re-enter the password, or check the user name.</source>
        <translation>请重新输入密码，或检查用户名。</translation>
    </message>
    <message>
        <source>Check the name, or create it (CREATE DATABASE).</source>
        <translation>请检查名称，或创建该数据库（CREATE DATABASE）。</translation>
    </message>
    <message>
        <source>%1 does not accept user &apos;%2&apos; from this host (pg_hba.conf)</source>
        <translation>%1 不接受用户“%2”从本机连接（pg_hba.conf）</translation>
    </message>
    <message>
        <source>Add a pg_hba.conf line for this user and host, then reload the server.</source>
        <translation>请在 pg_hba.conf 中为该用户和主机添加一行，然后重新加载服务器配置。</translation>
    </message>
    <message>
        <source>%1 has no TLS, but TLS mode is &apos;%2&apos;</source>
        <translation>%1 未启用 TLS，但 TLS 模式为“%2”</translation>
    </message>
    <message>
        <source>Enable ssl on the server, or set TLS to &apos;prefer&apos; or &apos;disable&apos;.</source>
        <translation>请在服务器上启用 ssl，或将 TLS 设为“prefer”或“disable”。</translation>
    </message>
    <message>
        <source>%1: the connection was lost: %2</source>
        <translation>%1：连接已断开：%2</translation>
    </message>
    <message>
        <source>reading %1: no columns were selected</source>
        <translation>读取 %1：没有选择任何列</translation>
    </message>
    <message>
        <source>could not read the server clock</source>
        <translation>无法读取服务器时钟</translation>
    </message>
    <message>
        <source>the server clock differs from this machine&apos;s by %1: lag figures will be off by as much; synchronize both with NTP</source>
        <translation>服务器时钟与本机相差 %1：延迟数值也会有同样的偏差；请用 NTP 同步两者的时钟</translation>
    </message>
    <message>
        <source>server and local clocks agree within 2 s</source>
        <translation>服务器与本机时钟相差在 2 秒以内</translation>
    </message>
    <message>
        <source>a transaction is already open on this session</source>
        <translation>该会话上已有一个未结束的事务</translation>
    </message>
    <message>
        <source>commit without an open transaction</source>
        <translation>没有已开启的事务却执行了提交</translation>
    </message>
    <message>
        <source>preparing the load of %1</source>
        <translation>准备向 %1 导入数据</translation>
    </message>
    <message>
        <source>Correct the source row, or choose the zero-date policy &apos;null&apos; (write NULL) or &apos;keep&apos; (store it as text).</source>
        <translation>请修正源端的该行数据，或选择零日期策略“null”（写入 NULL）或“keep”（以文本保存）。</translation>
    </message>
    <message>
        <source>Make the target column nullable, or choose the zero-date policy &apos;keep&apos;.</source>
        <translation>请将目标列改为可为空，或选择零日期策略“keep”。</translation>
    </message>
    <message>
        <source>does not fit SQLite&apos;s signed 64-bit integers</source>
        <translation>超出了 SQLite 有符号 64 位整数的范围</translation>
    </message>
    <message>
        <source>Declare the target column TEXT (the default mapping for BIGINT UNSIGNED does).</source>
        <translation>请将目标列声明为 TEXT（BIGINT UNSIGNED 的默认映射即是如此）。</translation>
    </message>
    <message>
        <source>cannot be stored: SQLite turns NaN into NULL</source>
        <translation>无法存储：SQLite 会把 NaN 变成 NULL</translation>
    </message>
    <message>
        <source>has more than 15 significant digits, which SQLite&apos;s NUMERIC rounds</source>
        <translation>有效数字超过 15 位，SQLite 的 NUMERIC 会将其舍入</translation>
    </message>
    <message>
        <source>Declare the target column TEXT to keep every digit.</source>
        <translation>请将目标列声明为 TEXT 以保留每一位数字。</translation>
    </message>
    <message>
        <source>%1, row %2: the key already exists in %3 (%4)</source>
        <translation>%1，行 %2：该键在 %3 中已存在（%4）</translation>
    </message>
    <message>
        <source>Empty the target table first, or set the non-empty target policy to &apos;ignore&apos; or &apos;truncate&apos;.</source>
        <translation>请先清空目标表，或将非空目标表策略设为“ignore”或“truncate”。</translation>
    </message>
    <message>
        <source>the SQLite file %1 has no change log %2 for project %3: change capture is not installed</source>
        <translation>SQLite 文件 %1 中没有迁移项目 %3 的变更日志 %2：尚未安装变更捕获</translation>
    </message>
    <message>
        <source>Prepare the project&apos;s incremental step again (it installs the capture triggers and the log).</source>
        <translation>请重新准备迁移项目的增量同步（会安装捕获触发器和变更日志）。</translation>
    </message>
    <message>
        <source>table %1 is in the attached database %2: Ferry captures changes of the main database only</source>
        <translation>表 %1 位于附加数据库 %2 中：Ferry 只捕获主数据库的变更</translation>
    </message>
    <message>
        <source>Remove it from the project&apos;s incremental scope.</source>
        <translation>请将其从迁移项目的增量同步范围中移除。</translation>
    </message>
    <message>
        <source>table %1 has no primary key and no UNIQUE index on NOT NULL columns: its captured changes could not be applied to one row of the target</source>
        <translation>表 %1 没有主键，也没有建在 NOT NULL 列上的 UNIQUE 索引：捕获到的变更无法对应到目标端的某一行</translation>
    </message>
    <message>
        <source>Add a PRIMARY KEY (or a UNIQUE index on NOT NULL columns) to %1, or remove it from the project&apos;s incremental scope. Its rowid is no key: the full copy does not carry it to the target.</source>
        <translation>请为 %1 添加 PRIMARY KEY（或建在 NOT NULL 列上的 UNIQUE 索引），或将其从迁移项目的增量同步范围中移除。其 rowid 不能作为键：全量复制不会把它带到目标端。</translation>
    </message>
    <message>
        <source>table %1 has %2 columns: the SQLite change log holds at most %3 per table</source>
        <translation>表 %1 有 %2 列：SQLite 变更日志每张表最多容纳 %3 列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position of the SQLite change log %2: it is a sequence number</source>
        <translation>“%1”不是 SQLite 变更日志 %2 的位点：位点应为序号</translation>
    </message>
    <message>
        <source>Start from the position the project stored, or from the current one.</source>
        <translation>请从迁移项目保存的位点或当前位点开始。</translation>
    </message>
    <message>
        <source>the SQLite file %1 is read-only: change capture installs triggers and a change log in it</source>
        <translation>SQLite 文件 %1 为只读：变更捕获需要在其中安装触发器和变更日志</translation>
    </message>
    <message>
        <source>Make the file and its folder writable for this user.</source>
        <translation>请让该用户对该文件及其所在文件夹拥有写权限。</translation>
    </message>
    <message>
        <source>cannot install the capture trigger on table %1: %2</source>
        <translation>无法在表 %1 上安装捕获触发器：%2</translation>
    </message>
    <message>
        <source>A view or virtual table cannot be captured: remove it from the project&apos;s incremental scope.</source>
        <translation>视图或虚拟表无法被捕获：请将其从迁移项目的增量同步范围中移除。</translation>
    </message>
    <message>
        <source>%1: change capture installed for project %2 (%3 table(s), log %4)</source>
        <translation>%1：已为迁移项目 %2 安装变更捕获（%3 张表，日志 %4）</translation>
    </message>
    <message>
        <source>captured table %1 no longer exists</source>
        <translation>被捕获的表 %1 已不存在</translation>
    </message>
    <message>
        <source>captured table %1 changed: its columns are now (%2), the project read (%3)</source>
        <translation>被捕获的表 %1 已变化：其列现在为（%2），迁移项目读取时为（%3）</translation>
    </message>
    <message>
        <source>Ferry does not follow SQLite schema changes: run the project&apos;s schema and full steps again for %1.</source>
        <translation>Ferry 不跟随 SQLite 的结构变更：请对 %1 重新执行迁移项目的结构迁移和全量迁移。</translation>
    </message>
    <message>
        <source>the capture trigger %1 on table %2 captures other columns: the table or the project&apos;s scope changed since capture was prepared, and changes would be read with the wrong columns</source>
        <translation>表 %2 上的捕获触发器 %1 捕获的是其他列：自准备捕获以来，该表或迁移项目的范围已发生变化，变更会按错误的列读取</translation>
    </message>
    <message>
        <source>the capture trigger %1 on table %2 is missing: the table or the project&apos;s scope changed since capture was prepared, and changes would be read with the wrong columns</source>
        <translation>表 %2 上的捕获触发器 %1 缺失：自准备捕获以来，该表或迁移项目的范围已发生变化，变更会按错误的列读取</translation>
    </message>
    <message>
        <source>Prepare the project&apos;s incremental step again (after a schema change, run the full step again for that table).</source>
        <translation>请重新准备迁移项目的增量同步（结构变更之后，请对该表重新执行全量迁移）。</translation>
    </message>
    <message>
        <source>position %1 is ahead of the SQLite change log %2, whose last change is %3: the file was replaced, restored or captured again</source>
        <translation>位点 %1 超前于 SQLite 变更日志 %2（其最后一条变更为 %3）：该文件已被替换、恢复或重新捕获</translation>
    </message>
    <message>
        <source>Run the project&apos;s full step again to start over from the file as it is.</source>
        <translation>请重新执行迁移项目的全量迁移，从文件的当前状态重新开始。</translation>
    </message>
    <message>
        <source>position %1 is no longer in the SQLite change log %2: changes up to %3 were acknowledged and trimmed</source>
        <translation>位点 %1 已不在 SQLite 变更日志 %2 中：截至 %3 的变更已被确认并清理</translation>
    </message>
    <message>
        <source>Run the project&apos;s full step again: the changes since %1 are gone.</source>
        <translation>请重新执行迁移项目的全量迁移：%1 之后的变更已丢失。</translation>
    </message>
    <message>
        <source>reading the change log %1</source>
        <translation>读取变更日志 %1</translation>
    </message>
    <message>
        <source>reading the SQLite change log %1 was stopped</source>
        <translation>读取 SQLite 变更日志 %1 已停止</translation>
    </message>
    <message>
        <source>the SQLite change log %1 holds change %2 of table %3, which is not in project %4&apos;s scope</source>
        <translation>SQLite 变更日志 %1 中有表 %3 的变更 %2，而该表不在迁移项目 %4 的范围内</translation>
    </message>
    <message>
        <source>Prepare the project&apos;s incremental step again.</source>
        <translation>请重新准备迁移项目的增量同步。</translation>
    </message>
    <message>
        <source>%1: %2 changes read as one transaction (SQLite marks no transaction boundaries, a backlog arrives whole)</source>
        <translation>%1：%2 条变更作为一个事务读取（SQLite 不标记事务边界，积压的变更会整体到达）</translation>
    </message>
    <message>
        <source>position %1 is ahead of the SQLite change log %2, whose last change is %3</source>
        <translation>位点 %1 超前于 SQLite 变更日志 %2（其最后一条变更为 %3）</translation>
    </message>
    <message>
        <source>Acknowledge a position the stream delivered.</source>
        <translation>请确认数据流已送达的位点。</translation>
    </message>
    <message>
        <source>%1: change capture of project %2 removed</source>
        <translation>%1：已移除迁移项目 %2 的变更捕获</translation>
    </message>
    <message>
        <source>SQLite integers are signed 64-bit: BIGINT UNSIGNED is kept as text so values above 9223372036854775807 survive</source>
        <translation>SQLite 整数为有符号 64 位：BIGINT UNSIGNED 以文本保存，使大于 9223372036854775807 的值得以保留</translation>
    </message>
    <message>
        <source>kept as text, every digit and the scale&apos;s trailing zeros as written</source>
        <translation>以文本保存，每一位数字及小数位末尾的零均按原样保留</translation>
    </message>
    <message>
        <source>kept as text, every digit as written</source>
        <translation>以文本保存，每一位数字均按原样保留</translation>
    </message>
    <message>
        <source>NaN cannot be stored (SQLite turns it into NULL)</source>
        <translation>无法存储 NaN（SQLite 会把它变成 NULL）</translation>
    </message>
    <message>
        <source>ISO text</source>
        <translation>ISO 格式文本</translation>
    </message>
    <message>
        <source>ISO text in UTC</source>
        <translation>UTC 的 ISO 格式文本</translation>
    </message>
    <message>
        <source>BIT(64) values can exceed SQLite&apos;s signed 64-bit integers: kept as decimal text</source>
        <translation>BIT(64) 的值可能超出 SQLite 有符号 64 位整数的范围：以十进制文本保存</translation>
    </message>
    <message>
        <source>the bits as an unsigned integer</source>
        <translation>各位作为无符号整数保存</translation>
    </message>
    <message>
        <source>a BLOB: the SRID as 4 bytes little-endian, then the WKB (substr(col, 5) is the WKB)</source>
        <translation>BLOB：先是 4 字节小端序的 SRID，然后是 WKB（substr(col, 5) 即 WKB）</translation>
    </message>
    <message>
        <source>%1 has no SQLite equivalent: kept as its text form</source>
        <translation>%1 在 SQLite 中没有等价类型：以文本形式保存</translation>
    </message>
    <message>
        <source>%1 does not exist yet: as a target Ferry creates it; as a source there is nothing to read</source>
        <translation>%1 尚不存在：作为目标端时 Ferry 会创建它；作为源端时没有可读取的内容</translation>
    </message>
    <message>
        <source>%1 does not exist and its folder is not writable: Ferry can neither read nor create it</source>
        <translation>%1 不存在，且其所在文件夹不可写：Ferry 既无法读取也无法创建它</translation>
    </message>
    <message>
        <source>the database file is readable</source>
        <translation>数据库文件可读</translation>
    </message>
    <message>
        <source>the file and its folder are writable</source>
        <translation>文件及其所在文件夹可写</translation>
    </message>
    <message>
        <source>the file or its folder is read-only: it can be a source but not a target</source>
        <translation>文件或其所在文件夹为只读：只能作为源端，不能作为目标端</translation>
    </message>
    <message>
        <source>journal mode %1</source>
        <translation>日志模式 %1</translation>
    </message>
    <message>
        <source>%1 table(s)</source>
        <translation>%1 张表</translation>
    </message>
    <message>
        <source>incremental sync installs capture triggers and a change log table in the file (docs/capture-sqlite.md)</source>
        <translation>增量同步会在该文件中安装捕获触发器和一张变更日志表（docs/capture-sqlite.md）</translation>
    </message>
    <message>
        <source>SQLite keeps no change log, and capture cannot install its triggers in a read-only file; let the account write the file and its folder</source>
        <translation>SQLite 本身不保留变更日志，而捕获无法在只读文件中安装触发器；请允许该账号写入该文件及其所在文件夹</translation>
    </message>
    <message>
        <source>the folder of the SQLite file %1 does not exist</source>
        <translation>SQLite 文件 %1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>Create the folder or correct the path.</source>
        <translation>请创建该文件夹，或更正路径。</translation>
    </message>
    <message>
        <source>the SQLite file %1 does not exist</source>
        <translation>SQLite 文件 %1 不存在</translation>
    </message>
    <message>
        <source>Check the path; a target file is created when Ferry first writes to it.</source>
        <translation>请检查路径；目标端文件会在 Ferry 首次写入时创建。</translation>
    </message>
    <message>
        <source>the SQLite file %1 is not readable</source>
        <translation>SQLite 文件 %1 不可读</translation>
    </message>
    <message>
        <source>Give this user read permission on the file.</source>
        <translation>请为该用户授予此文件的读权限。</translation>
    </message>
    <message>
        <source>cannot open the SQLite file %1: %2</source>
        <translation>无法打开 SQLite 文件 %1：%2</translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 不是可读取的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>Check that the path names an SQLite 3 database file.</source>
        <translation>请确认该路径指向一个 SQLite 3 数据库文件。</translation>
    </message>
    <message>
        <source>reading %1 was stopped</source>
        <translation>读取 %1 已停止</translation>
    </message>
    <message>
        <source>step %1 stopped at a clean point; the next run goes on from there</source>
        <translation>步骤 %1 已在一致点停止；下次运行将从该处继续</translation>
    </message>
    <message>
        <source>stopped before step %1</source>
        <translation>在步骤 %1 之前停止</translation>
    </message>
    <message>
        <source>Run the project again to resume.</source>
        <translation>请再次运行迁移项目以继续。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在追赶</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>Paused on DDL</source>
        <translation>因 DDL 暂停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>the password of data source &apos;%1&apos; is in the secret store, which is not open</source>
        <translation>数据源“%1”的密码保存在密钥存储中，而密钥存储尚未打开</translation>
    </message>
    <message>
        <source>Set FERRY_MASTER_PASSWORD (or unlock the keychain).</source>
        <translation>请设置 FERRY_MASTER_PASSWORD（或解锁钥匙串）。</translation>
    </message>
    <message>
        <source>sync project %1 has no Kafka target</source>
        <translation>同步项目 %1 没有 Kafka 目标端</translation>
    </message>
    <message>
        <source>Name a Kafka data source or write &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, &quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;}.</source>
        <translation>请指定一个 Kafka 数据源，或写 &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, &quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;}。</translation>
    </message>
    <message>
        <source>sync project %1: target data source &apos;%2&apos; is a %3 database, not a Kafka cluster</source>
        <translation>同步项目 %1：目标数据源“%2”是 %3 数据库，而不是 Kafka 集群</translation>
    </message>
    <message>
        <source>Choose a Kafka data source as the target.</source>
        <translation>请选择 Kafka 数据源作为目标端。</translation>
    </message>
    <message>
        <source>project %1: the target of a sync project must be a Kafka cluster, and data source &apos;%2&apos; is a %3 database</source>
        <translation>迁移项目 %1：同步项目的目标端必须是 Kafka 集群，而数据源“%2”是 %3 数据库</translation>
    </message>
    <message>
        <source>project %1: data source &apos;%2&apos; is a Kafka cluster and cannot be the target of a migration project</source>
        <translation>迁移项目 %1：数据源“%2”是 Kafka 集群，不能作为迁移项目的目标端</translation>
    </message>
    <message>
        <source>project %1: data source &apos;%2&apos; is a Kafka cluster and cannot be the source of a sync project</source>
        <translation>迁移项目 %1：数据源“%2”是 Kafka 集群，不能作为同步项目的源端</translation>
    </message>
    <message>
        <source>project %1: data source &apos;%2&apos; is a Kafka cluster and cannot be the source of a migration project</source>
        <translation>迁移项目 %1：数据源“%2”是 Kafka 集群，不能作为迁移项目的源端</translation>
    </message>
    <message>
        <source>Choose a database as the source; Kafka is the target.</source>
        <translation>请选择数据库作为源端；Kafka 只能作为目标端。</translation>
    </message>
    <message>
        <source>Choose a database, or make a sync project (&quot;type&quot;: &quot;sync&quot;).</source>
        <translation>请选择数据库，或创建同步项目（&quot;type&quot;: &quot;sync&quot;）。</translation>
    </message>
    <message>
        <source>run %1 started: %2 -&gt; %3</source>
        <translation>运行 %1 已开始：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>schema change applied to the target: %1</source>
        <translation>结构变更已应用到目标端：%1</translation>
    </message>
    <message>
        <source>precheck: </source>
        <translation>预检查：</translation>
    </message>
    <message>
        <source>
Definition: </source>
        <translation>
定义：</translation>
    </message>
    <message>
        <source>precheck failed: </source>
        <translation>预检查未通过：</translation>
    </message>
    <message>
        <source>Nothing was written. Fix what the precheck found (listed in the project&apos;s log) and run again.</source>
        <translation>未写入任何数据。请修正预检查发现的问题（已列在迁移项目日志中）后重新运行。</translation>
    </message>
    <message>
        <source>types decided from the source&apos;s values, recorded in the project file (options.typeDecisions): %1</source>
        <translation>根据源端实际值决定的类型，已记录在项目文件中（options.typeDecisions）：%1</translation>
    </message>
    <message>
        <source>no step is called %1</source>
        <translation>没有名为 %1 的步骤</translation>
    </message>
    <message>
        <source>connect source</source>
        <translation>连接源端</translation>
    </message>
    <message>
        <source>connect target</source>
        <translation>连接目标端</translation>
    </message>
    <message>
        <source>incremental capture</source>
        <translation>增量捕获</translation>
    </message>
    <message>
        <source>incremental key</source>
        <translation>增量主键</translation>
    </message>
    <message>
        <source>many-to-one</source>
        <translation>多表合一</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>未迁移对象</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>迁移对象</translation>
    </message>
    <message>
        <source>read source catalog</source>
        <translation>读取源端元数据</translation>
    </message>
    <message>
        <source>read source table</source>
        <translation>读取源表</translation>
    </message>
    <message>
        <source>read target catalog</source>
        <translation>读取目标端元数据</translation>
    </message>
    <message>
        <source>replica identity</source>
        <translation>复制标识</translation>
    </message>
    <message>
        <source>row filter</source>
        <translation>行过滤</translation>
    </message>
    <message>
        <source>shard keys</source>
        <translation>分片主键</translation>
    </message>
    <message>
        <source>shard origin</source>
        <translation>分片来源</translation>
    </message>
    <message>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>start position</source>
        <translation>起始位点</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>target privileges</source>
        <translation>目标端权限</translation>
    </message>
    <message>
        <source>target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>type mapping</source>
        <translation>类型映射</translation>
    </message>
    <message>
        <source>views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>zero dates</source>
        <translation>零值日期</translation>
    </message>
    <message>
        <source> (the target&apos;s data may differ)</source>
        <translation>（目标端的数据可能不同）</translation>
    </message>
    <message>
        <source>Recreate it on the target by hand if it is needed (its definition is in the report).</source>
        <translation>如有需要，请在目标端手工重建（其定义见报告）。</translation>
    </message>
    <message>
        <source>%1 view(s) are created after the tables, in this order: %2</source>
        <translation>%1 个视图将在表之后按以下顺序创建：%2</translation>
    </message>
    <message>
        <source>they stop the table with the row named (policy reject)</source>
        <translation>遇到时该表会停止并指出所在行（策略 reject）</translation>
    </message>
    <message>
        <source>they become NULL (policy null)</source>
        <translation>它们会变为 NULL（策略 null）</translation>
    </message>
    <message>
        <source>%1 could not be searched for zero dates (%2); if it holds any, %3</source>
        <translation>无法检查 %1 是否含零日期（%2）；如果含有，%3</translation>
    </message>
    <message>
        <source>%1 holds zero dates: %2</source>
        <translation>%1 含有零日期：%2</translation>
    </message>
    <message>
        <source>Set options.zeroDates to null to load them as NULL, or fix them at the source.</source>
        <translation>请将 options.zeroDates 设为 null 以便按 NULL 载入，或在源端修正这些值。</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; may not create tables in schema %2</source>
        <translation>角色“%1”无权在模式 %2 中建表</translation>
    </message>
    <message>
        <source>GRANT CREATE ON SCHEMA %1 TO %2.</source>
        <translation>GRANT CREATE ON SCHEMA %1 TO %2。</translation>
    </message>
    <message>
        <source>schema %1 does not exist and role &apos;%2&apos; may not create it</source>
        <translation>模式 %1 不存在，且角色“%2”无权创建它</translation>
    </message>
    <message>
        <source>Create the schema first, or GRANT CREATE ON DATABASE to the role.</source>
        <translation>请先创建该模式，或将 CREATE ON DATABASE 权限授予该角色。</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; may write to schema %2</source>
        <translation>角色“%1”可以写入模式 %2</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; lacks %2 on %3</source>
        <translation>用户“%1”缺少 %3 上的 %2 权限</translation>
    </message>
    <message>
        <source>GRANT CREATE, INSERT, DELETE, ALTER, INDEX ON %1.* TO the user.</source>
        <translation>请将 %1.* 上的 CREATE、INSERT、DELETE、ALTER、INDEX 权限授予该用户。</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; may create and load tables in %2</source>
        <translation>用户“%1”可以在 %2 中建表并载入数据</translation>
    </message>
    <message>
        <source>See docs/capture-%1.md for what capture needs on the source.</source>
        <translation>源端变更捕获的要求见 docs/capture-%1.md。</translation>
    </message>
    <message>
        <source>Redo the full step for the project&apos;s tables (it records a new position to capture from), and keep binlogs longer (binlog_expire_logs_seconds) than capture may stop.</source>
        <translation>请为迁移项目的表重新执行全量迁移（它会记录新的捕获起始位点），并让 binlog 的保留时间（binlog_expire_logs_seconds）长于捕获可能停止的时间。</translation>
    </message>
    <message>
        <source>Redo the full step (add &quot;full&quot; to the steps; it records the position capture starts from) and remove incremental.startPosition, or give a position the server still has (SHOW BINARY LOGS).</source>
        <translation>请重新执行全量迁移（在 steps 中加入 &quot;full&quot;；它会记录捕获的起始位点）并删除 incremental.startPosition，或给出服务器上仍保留的位点（SHOW BINARY LOGS）。</translation>
    </message>
    <message>
        <source>the position the incremental step resumes from, &apos;%1&apos;, is not a binlog position</source>
        <translation>增量同步继续所用的位点“%1”不是有效的 binlog 位点</translation>
    </message>
    <message>
        <source>incremental.startPosition &apos;%1&apos; is not a binlog position</source>
        <translation>incremental.startPosition“%1”不是有效的 binlog 位点</translation>
    </message>
    <message>
        <source>Write it as FILE:OFFSET, e.g. &quot;mysql-bin.000003:1234&quot; (SHOW MASTER STATUS shows the current one).</source>
        <translation>请写成 FILE:OFFSET 的形式，例如 &quot;mysql-bin.000003:1234&quot;（SHOW MASTER STATUS 显示当前位点）。</translation>
    </message>
    <message>
        <source>cannot list the binary logs of %1 to check the position the incremental step resumes from, %2,: %3</source>
        <translation>无法列出 %1 的二进制日志来检查增量同步继续所用的位点 %2：%3</translation>
    </message>
    <message>
        <source>cannot list the binary logs of %1 to check incremental.startPosition %2: %3</source>
        <translation>无法列出 %1 的二进制日志来检查 incremental.startPosition %2：%3</translation>
    </message>
    <message>
        <source>Turn the binary log on and GRANT REPLICATION CLIENT (MariaDB: BINLOG MONITOR) to the source user.</source>
        <translation>请开启二进制日志，并将 REPLICATION CLIENT（MariaDB：BINLOG MONITOR）权限授予源端用户。</translation>
    </message>
    <message>
        <source>the position the incremental step resumes from, %1, is past the end of binlog file %2 on %3 (%4 bytes)</source>
        <translation>增量同步继续所用的位点 %1 超出了 %3 上 binlog 文件 %2 的末尾（%4 字节）</translation>
    </message>
    <message>
        <source>incremental.startPosition %1 is past the end of binlog file %2 on %3 (%4 bytes)</source>
        <translation>incremental.startPosition %1 超出了 %3 上 binlog 文件 %2 的末尾（%4 字节）</translation>
    </message>
    <message>
        <source>binlog file %1 on %2 holds the position the incremental step resumes from, %3,</source>
        <translation>%2 上的 binlog 文件 %1 包含增量同步继续所用的位点 %3</translation>
    </message>
    <message>
        <source>binlog file %1 on %2 holds incremental.startPosition %3</source>
        <translation>%2 上的 binlog 文件 %1 包含 incremental.startPosition %3</translation>
    </message>
    <message>
        <source>binlog file %1 of the position the incremental step resumes from, %2, is no longer on %3 (purged; the oldest is %4)</source>
        <translation>增量同步继续所用的位点 %2 所在的 binlog 文件 %1 已不在 %3 上（已清除；最早的是 %4）</translation>
    </message>
    <message>
        <source>binlog file %1 of incremental.startPosition %2 is no longer on %3 (purged; the oldest is %4)</source>
        <translation>incremental.startPosition %2 所在的 binlog 文件 %1 已不在 %3 上（已清除；最早的是 %4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>incremental.startPosition %1 cannot be used on %2: PostgreSQL capture reads through replication slot %3, which starts where it is created, and %3 does not exist</source>
        <translation>incremental.startPosition %1 不能用于 %2：PostgreSQL 的变更捕获通过复制槽 %3 读取，复制槽从创建时开始记录，而 %3 不存在</translation>
    </message>
    <message>
        <source>Remove incremental.startPosition (capture starts when the step first runs), or add the full step (the slot is created with the copy&apos;s snapshot).</source>
        <translation>请删除 incremental.startPosition（捕获将在该步骤首次运行时开始），或加入全量迁移（复制槽随全量复制的快照一起创建）。</translation>
    </message>
    <message>
        <source>incremental.startPosition &apos;%1&apos; is not a PostgreSQL WAL position</source>
        <translation>incremental.startPosition“%1”不是 PostgreSQL 的 WAL 位点</translation>
    </message>
    <message>
        <source>Write it as an LSN, e.g. &quot;0/16B3748&quot; (pg_replication_slots shows slot %1&apos;s confirmed_flush_lsn).</source>
        <translation>请写成 LSN 的形式，例如 &quot;0/16B3748&quot;（pg_replication_slots 中复制槽 %1 的 confirmed_flush_lsn）。</translation>
    </message>
    <message>
        <source>incremental.startPosition %1 is before the position replication slot %2 has confirmed (%3): the slot no longer holds the changes in between</source>
        <translation>incremental.startPosition %1 早于复制槽 %2 已确认的位点（%3）：复制槽已不再保留其间的变更</translation>
    </message>
    <message>
        <source>Redo the full step (add &quot;full&quot; to the steps) and remove incremental.startPosition, or start from %1 or later.</source>
        <translation>请重新执行全量迁移（在 steps 中加入 &quot;full&quot;）并删除 incremental.startPosition，或从 %1 或之后的位点开始。</translation>
    </message>
    <message>
        <source>replication slot %1 exists and holds changes from %2 on</source>
        <translation>复制槽 %1 存在，保留了从 %2 开始的变更</translation>
    </message>
    <message>
        <source>replication slot %1 holds the changes the incremental step resumes from (%2)</source>
        <translation>复制槽 %1 保留了增量同步继续所需的变更（%2）</translation>
    </message>
    <message>
        <source>replication slot %1 no longer exists on %2: the incremental step cannot resume from %3</source>
        <translation>复制槽 %1 在 %2 上已不存在：增量同步无法从 %3 继续</translation>
    </message>
    <message>
        <source>Redo the full step for the project&apos;s tables (it creates the slot again), and keep max_slot_wal_keep_size large enough for the time capture may stop.</source>
        <translation>请为迁移项目的表重新执行全量迁移（它会重新创建复制槽），并将 max_slot_wal_keep_size 设得足够大，以覆盖捕获可能停止的时间。</translation>
    </message>
    <message>
        <source>cannot read the replica identity of the source tables: %1</source>
        <translation>无法读取源端表的复制标识：%1</translation>
    </message>
    <message>
        <source>table %1 has REPLICA IDENTITY NOTHING: its updates and deletes do not say which row they change</source>
        <translation>表 %1 的复制标识为 REPLICA IDENTITY NOTHING：其更新和删除无法表明改的是哪一行</translation>
    </message>
    <message>
        <source>Run ALTER TABLE %1 REPLICA IDENTITY FULL (or DEFAULT, with a primary key).</source>
        <translation>请执行 ALTER TABLE %1 REPLICA IDENTITY FULL（或在有主键时使用 DEFAULT）。</translation>
    </message>
    <message>
        <source>table %1 has REPLICA IDENTITY DEFAULT and no primary key: its updates and deletes do not say which row they change</source>
        <translation>表 %1 的复制标识为 REPLICA IDENTITY DEFAULT 且没有主键：其更新和删除无法表明改的是哪一行</translation>
    </message>
    <message>
        <source>Add a primary key to %1, or run ALTER TABLE %1 REPLICA IDENTITY FULL.</source>
        <translation>请为 %1 添加主键，或执行 ALTER TABLE %1 REPLICA IDENTITY FULL。</translation>
    </message>
    <message>
        <source>cannot read the capture settings of %1: %2</source>
        <translation>无法读取 %1 的变更捕获设置：%2</translation>
    </message>
    <message>
        <source>%1 is set up for change capture</source>
        <translation>%1 已为变更捕获做好设置</translation>
    </message>
    <message>
        <source>table %1 has no primary key or unique key over NOT NULL columns: the incremental step cannot tell which target row a change applies to</source>
        <translation>表 %1 既没有主键，也没有建在 NOT NULL 列上的唯一键：增量同步无法判断一条变更对应目标端的哪一行</translation>
    </message>
    <message>
        <source>Add a primary key to %1, or exclude it from the project (&quot;exclude&quot;: [&quot;%2&quot;]).</source>
        <translation>请为 %1 添加主键，或将其从迁移项目中排除（&quot;exclude&quot;: [&quot;%2&quot;]）。</translation>
    </message>
    <message>
        <source>the key of table %1 (%2) is not among the columns the project moves: the incremental step cannot apply its changes by key</source>
        <translation>表 %1 的键（%2）不在迁移项目迁移的列中：增量同步无法按键应用其变更</translation>
    </message>
    <message>
        <source>Add %1 to the table rule&apos;s &quot;columns&quot;.</source>
        <translation>请将 %1 加入表规则的 &quot;columns&quot;。</translation>
    </message>
    <message>
        <source>the row filter of %1 compares text column(s) %2: the incremental step compares them byte by byte, the source under its collation, so a row that differs only in case, accents or trailing spaces may be kept by one step and left out by the other</source>
        <translation>%1 的行过滤条件比较了文本列 %2：增量同步按字节比较，而源端按其排序规则比较，因此仅在大小写、重音或尾部空格上不同的行可能被一方保留、被另一方排除</translation>
    </message>
    <message>
        <source>Filter on columns that are not text, or make sure such variants do not occur.</source>
        <translation>请按非文本列过滤，或确保不会出现这类差异。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no table in %2</source>
        <translation>“%1”在 %2 中没有匹配的表</translation>
    </message>
    <message>
        <source>Check the spelling (names are case-sensitive) or remove the pattern.</source>
        <translation>请检查拼写（名称区分大小写），或删除该模式。</translation>
    </message>
    <message>
        <source>no table is selected</source>
        <translation>没有选中任何表</translation>
    </message>
    <message>
        <source>Include at least one table (&quot;include&quot;: [&quot;*&quot;] takes all).</source>
        <translation>请至少包含一张表（&quot;include&quot;: [&quot;*&quot;] 表示全部）。</translation>
    </message>
    <message>
        <source>%1 table(s) selected in %2</source>
        <translation>在 %2 中选中了 %1 张表</translation>
    </message>
    <message>
        <source>%1 -&gt; topic %2, %3</source>
        <translation>%1 -&gt; 主题 %2，%3</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>partition by %1</source>
        <translation>按 %1 分区</translation>
    </message>
    <message>
        <source>shards of logical table %1 share a key: (%2) = (%3) in %4 and %5</source>
        <translation>逻辑表 %1 的分片共用同一个键：(%2) = (%3)，出现在 %4 和 %5 中</translation>
    </message>
    <message>
        <source>Their messages carry the same key: a consumer that keeps the latest row per key merges them. Read the &quot;shard&quot; field (ferry-json) or the source table with the key, or give the shards distinct keys.</source>
        <translation>它们的消息带有相同的键：按键只保留最新一行的消费者会把它们合并。请读取 &quot;shard&quot; 字段（ferry-json）或与键一起读取源表，或让各分片的键互不相同。</translation>
    </message>
    <message>
        <source>the precheck was stopped</source>
        <translation>预检查已被停止</translation>
    </message>
    <message>
        <source>Kafka at %1 answers (%2 topics)</source>
        <translation>%1 上的 Kafka 有响应（%2 个主题）</translation>
    </message>
    <message>
        <source>topic %1 does not exist: Ferry creates it (%2 partitions, replication factor %3)</source>
        <translation>主题 %1 不存在：Ferry 会创建它（%2 个分区，副本因子 %3）</translation>
    </message>
    <message>
        <source>Kafka at %1 has no topic %2</source>
        <translation>%1 上的 Kafka 没有 topic %2</translation>
    </message>
    <message>
        <source>Create it, or let Ferry create it (&quot;createTopics&quot;: true in &quot;sync&quot;).</source>
        <translation>请创建它，或让 Ferry 创建（在 &quot;sync&quot; 中设置 &quot;createTopics&quot;: true）。</translation>
    </message>
    <message>
        <source>connected to %1 %2</source>
        <translation>已连接到 %1 %2</translation>
    </message>
    <message>
        <source>%1 does not exist and its folder is not writable</source>
        <translation>%1 不存在，且其所在目录不可写</translation>
    </message>
    <message>
        <source>Choose a writable folder for the target file.</source>
        <translation>请为目标文件选择一个可写的目录。</translation>
    </message>
    <message>
        <source>%1 does not exist yet: the schema step creates it</source>
        <translation>%1 尚不存在：结构迁移会创建它</translation>
    </message>
    <message>
        <source>database %1 does not exist on the target</source>
        <translation>目标端不存在数据库 %1</translation>
    </message>
    <message>
        <source>The schema step creates it.</source>
        <translation>结构迁移会创建它。</translation>
    </message>
    <message>
        <source>Add the schema step, or create it.</source>
        <translation>请加入结构迁移，或手工创建它。</translation>
    </message>
    <message>
        <source>the views, triggers and routines of %1 could not be read: %2</source>
        <translation>无法读取 %1 的视图、触发器和例程：%2</translation>
    </message>
    <message>
        <source>Grant the source user SHOW VIEW / SELECT on the catalog to have them carried or listed; the tables move either way.</source>
        <translation>请授予源端用户对系统目录的 SHOW VIEW / SELECT 权限，以便迁移或列出它们；表的迁移不受影响。</translation>
    </message>
    <message>
        <source>the project has no schema step, which creates views</source>
        <translation>迁移项目没有结构迁移步骤，而视图由该步骤创建</translation>
    </message>
    <message>
        <source>GRANT SELECT on the table to the source user.</source>
        <translation>请将该表的 SELECT 权限授予源端用户。</translation>
    </message>
    <message>
        <source>Check the row filter &quot;%1&quot; and the SELECT privilege.</source>
        <translation>请检查行过滤条件“%1”和 SELECT 权限。</translation>
    </message>
    <message>
        <source>target table name &apos;%1&apos; has %2 characters; %3 takes at most %4</source>
        <translation>目标表名称“%1”有 %2 个字符；%3 最多允许 %4 个</translation>
    </message>
    <message>
        <source>column name &apos;%1&apos; has %2 characters; %3 takes at most %4</source>
        <translation>列名“%1”有 %2 个字符；%3 最多允许 %4 个</translation>
    </message>
    <message>
        <source>Rename it in the project&apos;s table rules.</source>
        <translation>请在迁移项目的表规则中为其改名。</translation>
    </message>
    <message>
        <source>two columns of %1 would be named &apos;%2&apos; in the target</source>
        <translation>%1 的两个列在目标端会同名为“%2”</translation>
    </message>
    <message>
        <source>Give them distinct names in &quot;rename&quot;.</source>
        <translation>请在 &quot;rename&quot; 中为它们起不同的名称。</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3: %4 (decided from the values)</source>
        <translation>%1 %2 -&gt; %3：%4（根据实际值决定）</translation>
    </message>
    <message>
        <source>column %1 (%2) cannot be migrated: %3</source>
        <translation>列 %1（%2）无法迁移：%3</translation>
    </message>
    <message>
        <source>Leave the column out with &quot;columns&quot;, or override its type.</source>
        <translation>请用 &quot;columns&quot; 排除该列，或覆盖其类型。</translation>
    </message>
    <message>
        <source>Values that do not fit stop the table with the row named; override the type to keep them.</source>
        <translation>放不下的值会使该表停止并指出所在行；如需保留这些值，请覆盖该类型。</translation>
    </message>
    <message>
        <source>Add the schema step, or create the table first.</source>
        <translation>请加入结构迁移步骤，或先创建该表。</translation>
    </message>
    <message>
        <source>target table %1 has no column &apos;%2&apos; for %3.%4: the source changed since the full step</source>
        <translation>目标表 %1 没有对应 %3.%4 的列“%2”：源端在全量迁移之后发生了变化</translation>
    </message>
    <message>
        <source>The incremental step applies the change when its stream reaches it, or pauses there for a decision with ferry ddl FILE.</source>
        <translation>增量同步会在变更流到达该处时应用此变更，或在该处暂停，等待用 ferry ddl FILE 做出决定。</translation>
    </message>
    <message>
        <source>target table %1 has no column &apos;%2&apos; for %3.%4</source>
        <translation>目标表 %1 没有对应 %3.%4 的列“%2”</translation>
    </message>
    <message>
        <source>Add the column, or rename or leave out the source column.</source>
        <translation>请添加该列，或将源列改名或排除。</translation>
    </message>
    <message>
        <source>more than 1000</source>
        <translation>超过 1000</translation>
    </message>
    <message>
        <source>target table %1 was written by this project&apos;s earlier run: resuming</source>
        <translation>目标表 %1 由本迁移项目之前的运行写入：继续迁移</translation>
    </message>
    <message>
        <source>target table %1 exists and is empty: rows are loaded into it as it is</source>
        <translation>目标表 %1 已存在且为空：数据将按原样载入</translation>
    </message>
    <message>
        <source>target table %1 already holds %2 row(s)</source>
        <translation>目标表 %1 已有 %2 行数据</translation>
    </message>
    <message>
        <source>Empty it, or set options.nonEmptyTarget to &apos;ignore&apos; (keep existing rows, skip conflicting ones) or &apos;truncate&apos; (delete them first).</source>
        <translation>请清空该表，或将 options.nonEmptyTarget 设为 &apos;ignore&apos;（保留已有行，跳过冲突行）或 &apos;truncate&apos;（先删除已有行）。</translation>
    </message>
    <message>
        <source>target table %1 holds %2 row(s): they are kept and source rows with the same key are skipped (policy ignore)</source>
        <translation>目标表 %1 已有 %2 行数据：它们会被保留，键相同的源端行将被跳过（策略 ignore）</translation>
    </message>
    <message>
        <source>target table %1 holds %2 row(s): they are deleted before the copy (policy truncate)</source>
        <translation>目标表 %1 已有 %2 行数据：复制前会先删除它们（策略 truncate）</translation>
    </message>
    <message>
        <source>%1 also feeds %2</source>
        <translation>%1 也写入 %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: shard %3 of %4, the rows where %5</source>
        <translation>%1 -&gt; %2：%4 的第 %3 个分片，即满足 %5 的行</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: column %3 holds &apos;%4&apos; on each row%5</source>
        <translation>%1 -&gt; %2：列 %3 在每一行中保存“%4”%5</translation>
    </message>
    <message>
        <source>, and joins the primary key (%1)</source>
        <translation>，并加入主键（%1）</translation>
    </message>
    <message>
        <source>%1 has no key: if its copy into %2 is interrupted, it cannot be resumed (its rows cannot be told from the other sources&apos;)</source>
        <translation>%1 没有键：如果它向 %2 的复制被中断，将无法继续（它的行无法与其他源表的行区分）</translation>
    </message>
    <message>
        <source>Give %1 a primary key, or copy it into a table of its own.</source>
        <translation>请为 %1 添加主键，或将其复制到单独的表中。</translation>
    </message>
    <message>
        <source>SQLite does not enforce declared lengths; %1 column(s) get them enforced on the target, where a longer value is refused: %2</source>
        <translation>SQLite 不强制声明的长度；%1 个列在目标端会强制长度，较长的值会被拒绝：%2</translation>
    </message>
    <message>
        <source>Override a column&apos;s type to text to keep longer values; the run stops at the first one with the row named.</source>
        <translation>请将列的类型覆盖为 text 以保留较长的值；运行会在遇到第一个此类值时停止并指出所在行。</translation>
    </message>
    <message>
        <source>%1 has column &apos;%2&apos;, which %3 (the table that defines %4) lacks</source>
        <translation>%1 有列“%2”，而 %3（定义 %4 的表）没有该列</translation>
    </message>
    <message>
        <source>Rename or leave out the column so every source fits the target.</source>
        <translation>请将该列改名或排除，使每个源表都符合目标表。</translation>
    </message>
    <message>
        <source>the keys of the tables merged into one target could not be compared: %1</source>
        <translation>无法比较合并到同一目标表的各表的键：%1</translation>
    </message>
    <message>
        <source>Check that the source user may read them; a key two of them hold stops the copy at that row.</source>
        <translation>请确认源端用户可以读取这些表；两张表都有的键会使复制在该行停止。</translation>
    </message>
    <message>
        <source>(%1) = (%2) in %3 and %4</source>
        <translation>(%1) = (%2)，出现在 %3 和 %4 中</translation>
    </message>
    <message>
        <source>tables merged into %1 share keys: %2%3</source>
        <translation>合并到 %1 的表有相同的键：%2%3</translation>
    </message>
    <message>
        <source> (and maybe more)</source>
        <translation>（可能还有更多）</translation>
    </message>
    <message>
        <source>Each key must come from one table: record the source table in the key (&quot;originColumn&quot;: &quot;src_table&quot;, &quot;originInKey&quot;: true in the table rule), give the tables distinct targets, leave the duplicates out with a filter, or make their keys distinct at the source.</source>
        <translation>每个键必须只来自一张表：请在键中记录源表（在表规则中设置 &quot;originColumn&quot;: &quot;src_table&quot;, &quot;originInKey&quot;: true），或为这些表指定不同的目标表，或用过滤条件排除重复行，或在源端让它们的键互不相同。</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是一个对象</translation>
    </message>
    <message>
        <source>Write e.g. {&quot;column&quot;: &quot;customer_id&quot;, &quot;by&quot;: &quot;mod&quot;, &quot;shards&quot;: 4}.</source>
        <translation>请写成例如 {&quot;column&quot;: &quot;customer_id&quot;, &quot;by&quot;: &quot;mod&quot;, &quot;shards&quot;: 4}。</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>%2 中有未知的键“%1”</translation>
    </message>
    <message>
        <source>Known keys: column, by, shards, bounds.</source>
        <translation>可用的键：column、by、shards、bounds。</translation>
    </message>
    <message>
        <source>%1 has no &quot;column&quot;</source>
        <translation>%1 没有 &quot;column&quot;</translation>
    </message>
    <message>
        <source>Name the integer column that routes each row.</source>
        <translation>请指定按其值分配每一行的整数列。</translation>
    </message>
    <message>
        <source>%1.by must be &quot;mod&quot; or &quot;range&quot;</source>
        <translation>%1.by 必须是 &quot;mod&quot; 或 &quot;range&quot;</translation>
    </message>
    <message>
        <source>%1.shards must be a whole number from 2 to 1024</source>
        <translation>%1.shards 必须是 2 到 1024 之间的整数</translation>
    </message>
    <message>
        <source>%1.bounds is for &quot;by&quot;: &quot;range&quot;</source>
        <translation>%1.bounds 仅用于 &quot;by&quot;: &quot;range&quot;</translation>
    </message>
    <message>
        <source>%1.shards is for &quot;by&quot;: &quot;mod&quot;; ranges count their bounds</source>
        <translation>%1.shards 仅用于 &quot;by&quot;: &quot;mod&quot;；按范围分片时分片数由边界决定</translation>
    </message>
    <message>
        <source>%1.bounds must list 1 to 1023 integers</source>
        <translation>%1.bounds 必须列出 1 到 1023 个整数</translation>
    </message>
    <message>
        <source>Write e.g. &quot;bounds&quot;: [1000, 5000] for three shards.</source>
        <translation>请写成例如 &quot;bounds&quot;: [1000, 5000]，即分为三个分片。</translation>
    </message>
    <message>
        <source>%1.bounds must list integers</source>
        <translation>%1.bounds 只能列出整数</translation>
    </message>
    <message>
        <source>%1.bounds must ascend: %2 follows %3</source>
        <translation>%1.bounds 必须递增：%2 排在 %3 之后</translation>
    </message>
    <message>
        <source>Known keys: %1.</source>
        <translation>可用的键：%1。</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 必须是字符串列表</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 必须是值为字符串的对象</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 必须是字符串</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4</source>
        <translation>%1.%2 必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty data source name</source>
        <translation>&quot;%1&quot; 是一个空的数据源名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a data source name or an endpoint object</source>
        <translation>&quot;%1&quot; 必须是数据源名称或端点对象</translation>
    </message>
    <message>
        <source>Example: &quot;%1&quot;: {&quot;engine&quot;: &quot;mariadb&quot;, &quot;host&quot;: &quot;127.0.0.1&quot;, &quot;port&quot;: 3306, &quot;user&quot;: &quot;root&quot;, &quot;database&quot;: &quot;shop&quot;}</source>
        <translation>示例：&quot;%1&quot;: {&quot;engine&quot;: &quot;mariadb&quot;, &quot;host&quot;: &quot;127.0.0.1&quot;, &quot;port&quot;: 3306, &quot;user&quot;: &quot;root&quot;, &quot;database&quot;: &quot;shop&quot;}</translation>
    </message>
    <message>
        <source>%1.passwordEnv names %2, which is not set</source>
        <translation>%1.passwordEnv 指定了环境变量 %2，但它未设置</translation>
    </message>
    <message>
        <source>Export %1 with the password before running.</source>
        <translation>请在运行前导出包含密码的 %1。</translation>
    </message>
    <message>
        <source>target.bootstrapServers is missing</source>
        <translation>缺少 target.bootstrapServers</translation>
    </message>
    <message>
        <source>Name one or more brokers: &quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;.</source>
        <translation>请指定一个或多个 broker：&quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;。</translation>
    </message>
    <message>
        <source>target.bootstrapServers: &apos;%1&apos; is not host:port</source>
        <translation>target.bootstrapServers：“%1”不是 host:port 形式</translation>
    </message>
    <message>
        <source>Write brokers as host:port, separated by commas.</source>
        <translation>请将 broker 写成 host:port，以逗号分隔。</translation>
    </message>
    <message>
        <source>target.securityProtocol &apos;%1&apos; is not one of: %2</source>
        <translation>target.securityProtocol“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>target.saslMechanism &apos;%1&apos; is not one of: %2</source>
        <translation>target.saslMechanism“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>options.%1 &apos;%2&apos; is not one of: %3</source>
        <translation>options.%1“%2”不是以下之一：%3</translation>
    </message>
    <message>
        <source>Example: &quot;typeDecisions&quot;: {&quot;shop.orders&quot;: {&quot;flag&quot;: {&quot;type&quot;: &quot;smallint&quot;, &quot;reason&quot;: &quot;holds 2&quot;}}}</source>
        <translation>示例：&quot;typeDecisions&quot;: {&quot;shop.orders&quot;: {&quot;flag&quot;: {&quot;type&quot;: &quot;smallint&quot;, &quot;reason&quot;: &quot;holds 2&quot;}}}</translation>
    </message>
    <message>
        <source>options.typeDecisions must be an object</source>
        <translation>options.typeDecisions 必须是一个对象</translation>
    </message>
    <message>
        <source>options.typeDecisions.%1 must be an object of columns</source>
        <translation>options.typeDecisions.%1 必须是以列为键的对象</translation>
    </message>
    <message>
        <source>options.typeDecisions.%1.%2 has no &quot;type&quot;</source>
        <translation>options.typeDecisions.%1.%2 没有 &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;incremental&quot; must be an object</source>
        <translation>&quot;incremental&quot; 必须是一个对象</translation>
    </message>
    <message>
        <source>Example: &quot;incremental&quot;: {&quot;dml&quot;: [&quot;insert&quot;, &quot;update&quot;], &quot;batchEvents&quot;: 20000}</source>
        <translation>示例：&quot;incremental&quot;: {&quot;dml&quot;: [&quot;insert&quot;, &quot;update&quot;], &quot;batchEvents&quot;: 20000}</translation>
    </message>
    <message>
        <source>List one or more of: %1.</source>
        <translation>请列出以下一项或多项：%1。</translation>
    </message>
    <message>
        <source>incremental.dml is empty: no change would reach the target</source>
        <translation>incremental.dml 为空：不会有任何变更到达目标端</translation>
    </message>
    <message>
        <source> Leave &quot;dml&quot; out to apply all three.</source>
        <translation> 省略 &quot;dml&quot; 即应用全部三种。</translation>
    </message>
    <message>
        <source>incremental.dml &apos;%1&apos; is not one of: %2</source>
        <translation>incremental.dml“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>incremental.startPosition must be a string</source>
        <translation>incremental.startPosition 必须是字符串</translation>
    </message>
    <message>
        <source>Write the position in the source&apos;s form: &quot;mysql-bin.000003:1234&quot; (MySQL family), &quot;0/16B3748&quot; (PostgreSQL).</source>
        <translation>请按源端的格式写位点：&quot;mysql-bin.000003:1234&quot;（MySQL 系列），&quot;0/16B3748&quot;（PostgreSQL）。</translation>
    </message>
    <message>
        <source>incremental.reverse must be true or false</source>
        <translation>incremental.reverse 必须是 true 或 false</translation>
    </message>
    <message>
        <source>Write &quot;reverse&quot;: true (the default) to start the reverse increment after the switchover, false not to.</source>
        <translation>写 &quot;reverse&quot;: true（默认）表示正向切换后启动反向增量，false 表示不启动。</translation>
    </message>
    <message>
        <source>cannot read the project file %1: %2</source>
        <translation>无法读取项目文件 %1：%2</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>%1 line %2 is not valid JSON: %3</source>
        <translation>%1 第 %2 行不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>Fix the JSON syntax (see docs/project-file.md).</source>
        <translation>请修正 JSON 语法（见 docs/project-file.md）。</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object</source>
        <translation>%1 必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>迁移项目</translation>
    </message>
    <message>
        <source>the project has no &quot;name&quot;</source>
        <translation>迁移项目没有 &quot;name&quot;</translation>
    </message>
    <message>
        <source>Give it a name of 1 to 64 characters without spaces.</source>
        <translation>请给出 1 到 64 个字符且不含空格的名称。</translation>
    </message>
    <message>
        <source>project name &apos;%1&apos; must have 1 to 64 characters and no spaces</source>
        <translation>迁移项目名称“%1”必须为 1 到 64 个字符且不含空格</translation>
    </message>
    <message>
        <source>project type &apos;%1&apos; is not supported here</source>
        <translation>此处不支持迁移项目类型“%1”</translation>
    </message>
    <message>
        <source>Use &quot;type&quot;: &quot;migration&quot; (database to database) or &quot;sync&quot; (changes to Kafka).</source>
        <translation>请使用 &quot;type&quot;: &quot;migration&quot;（数据库到数据库）或 &quot;sync&quot;（变更同步到 Kafka）。</translation>
    </message>
    <message>
        <source>the project needs both &quot;source&quot; and &quot;target&quot;</source>
        <translation>迁移项目需要同时有 &quot;source&quot; 和 &quot;target&quot;</translation>
    </message>
    <message>
        <source>a Kafka target needs &quot;type&quot;: &quot;sync&quot;</source>
        <translation>Kafka 目标端需要 &quot;type&quot;: &quot;sync&quot;</translation>
    </message>
    <message>
        <source>a sync project&apos;s target must be Kafka</source>
        <translation>同步项目的目标端必须是 Kafka</translation>
    </message>
    <message>
        <source>Write &quot;type&quot;: &quot;sync&quot; to stream changes to Kafka.</source>
        <translation>写 &quot;type&quot;: &quot;sync&quot; 即可将变更流式同步到 Kafka。</translation>
    </message>
    <message>
        <source>Write &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, &quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;}, or &quot;type&quot;: &quot;migration&quot;.</source>
        <translation>请写 &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, &quot;bootstrapServers&quot;: &quot;127.0.0.1:9092&quot;}，或 &quot;type&quot;: &quot;migration&quot;。</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is not a step of a sync project</source>
        <translation>步骤“%1”不是同步项目的步骤</translation>
    </message>
    <message>
        <source>A sync project&apos;s steps are &quot;full&quot; (a snapshot of the tables, optional) and &quot;incremental&quot; (the changes).</source>
        <translation>同步项目的步骤是 &quot;full&quot;（表的快照，可选）和 &quot;incremental&quot;（变更）。</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos;</source>
        <translation>未知的步骤“%1”</translation>
    </message>
    <message>
        <source>Steps are an ordered subset of: %1.</source>
        <translation>步骤须为以下各项按顺序排列的子集：%1。</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is out of order or repeated</source>
        <translation>步骤“%1”顺序错误或重复</translation>
    </message>
    <message>
        <source>Keep the order %1.</source>
        <translation>请保持顺序 %1。</translation>
    </message>
    <message>
        <source>%1 has no &quot;source&quot; table</source>
        <translation>%1 没有 &quot;source&quot; 表</translation>
    </message>
    <message>
        <source>%1.originColumn must be a column name</source>
        <translation>%1.originColumn 必须是一个列名</translation>
    </message>
    <message>
        <source>Write e.g. &quot;originColumn&quot;: &quot;src_table&quot;.</source>
        <translation>请写成例如 &quot;originColumn&quot;: &quot;src_table&quot;。</translation>
    </message>
    <message>
        <source>%1.originInKey must be true or false</source>
        <translation>%1.originInKey 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1.originInKey needs an &quot;originColumn&quot;</source>
        <translation>%1.originInKey 需要配合 &quot;originColumn&quot;</translation>
    </message>
    <message>
        <source>Name the column that records the source table, e.g. &quot;originColumn&quot;: &quot;src_table&quot;.</source>
        <translation>请指定记录源表的列，例如 &quot;originColumn&quot;: &quot;src_table&quot;。</translation>
    </message>
    <message>
        <source>options.lowerCaseNames must be true or false</source>
        <translation>options.lowerCaseNames 必须是 true 或 false</translation>
    </message>
    <message>
        <source>options.typeOverrides key &apos;%1&apos; must be table.column</source>
        <translation>options.typeOverrides 的键“%1”必须是 表.列 的形式</translation>
    </message>
    <message>
        <source>&quot;sync&quot; is for sync projects</source>
        <translation>&quot;sync&quot; 仅用于同步项目</translation>
    </message>
    <message>
        <source>Write &quot;type&quot;: &quot;sync&quot;, or leave &quot;sync&quot; out.</source>
        <translation>请写 &quot;type&quot;: &quot;sync&quot;，或去掉 &quot;sync&quot;。</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>未知的导出格式“%1”</translation>
    </message>
    <message>
        <source>Use --as %1.</source>
        <translation>请使用 --as %1。</translation>
    </message>
    <message>
        <source>The schema step: %1 creates each table from its first change with its own types, without secondary indexes, foreign keys or Ferry&apos;s value-aware mapping; create the tables with Ferry first (a run with &quot;steps&quot;: [&quot;schema&quot;]).</source>
        <translation>结构迁移：%1 根据每张表的第一条变更、用它自己的类型建表，不含二级索引、外键，也没有 Ferry 基于实际值的类型映射；请先用 Ferry 建表（用 &quot;steps&quot;: [&quot;schema&quot;] 运行一次）。</translation>
    </message>
    <message>
        <source>The verify step: %1 does not compare source and target; run `ferry verify` against the two databases when it has caught up.</source>
        <translation>全量校验：%1 不比较源端和目标端；追平后请对两个数据库运行 `ferry verify`。</translation>
    </message>
    <message>
        <source>originColumn %1 on %2: %3 does not add a column holding the source table; the merged rows keep their own key only%4.</source>
        <translation>%2 上的 originColumn %1：%3 不会添加记录源表的列；合并后的行只保留各自的键%4。</translation>
    </message>
    <message>
        <source>, so rows of shards that share a key overwrite each other</source>
        <translation>，因此共享同一个键的分片行会互相覆盖</translation>
    </message>
    <message>
        <source>split of %1 (%2): %3 cannot route one table&apos;s rows to several tables by a column&apos;s value; every row goes to one table.</source>
        <translation>%1 的拆分（%2）：%3 无法按列值把一张表的行分配到多张表；所有行都会进入同一张表。</translation>
    </message>
    <message>
        <source>Type override %1.%2 -&gt; %3: %4 picks its own target types; create the table first (Ferry&apos;s schema step) so the column has this type.</source>
        <translation>类型覆盖 %1.%2 -&gt; %3：%4 会自行选择目标类型；请先建表（Ferry 的结构迁移），使该列具有此类型。</translation>
    </message>
    <message>
        <source>project %1 reads SQLite, which Flink CDC cannot capture</source>
        <translation>迁移项目 %1 读取 SQLite，而 Flink CDC 无法捕获 SQLite 的变更</translation>
    </message>
    <message>
        <source>Keep the project in Ferry: SQLite is a single file, and Ferry&apos;s capture triggers are the only change stream it has.</source>
        <translation>请继续用 Ferry 运行该迁移项目：SQLite 是单个文件，Ferry 的捕获触发器是它唯一的变更流。</translation>
    </message>
    <message>
        <source>MariaDB source: Flink CDC&apos;s MySQL connector reads MariaDB&apos;s binlog but MariaDB GTIDs are not MySQL&apos;s; start from a file and position, not a GTID.</source>
        <translation>MariaDB 源端：Flink CDC 的 MySQL 连接器可以读取 MariaDB 的 binlog，但 MariaDB 的 GTID 与 MySQL 的不同；请从文件和位置开始，而不是从 GTID 开始。</translation>
    </message>
    <message>
        <source>OceanBase source: Flink CDC reads it through the MySQL connector only when OceanBase&apos;s binlog service is enabled for the tenant.</source>
        <translation>OceanBase 源端：只有在租户启用了 OceanBase 的 binlog 服务时，Flink CDC 才能通过 MySQL 连接器读取它。</translation>
    </message>
    <message>
        <source>Put the source password in place of ${%1} (Flink CDC does not expand variables: `envsubst &lt; FILE`).</source>
        <translation>请将源端密码填入 ${%1} 处（Flink CDC 不展开变量：可用 `envsubst &lt; FILE`）。</translation>
    </message>
    <message>
        <source>incremental.startPosition %1: Flink CDC&apos;s PostgreSQL source starts at its slot&apos;s position, not at a chosen LSN.</source>
        <translation>incremental.startPosition %1：Flink CDC 的 PostgreSQL 源从其复制槽的位点开始，而不是从指定的 LSN 开始。</translation>
    </message>
    <message>
        <source>incremental.dml (applying only some of insert, update, delete): Flink CDC sends every row change.</source>
        <translation>incremental.dml（只应用 insert、update、delete 中的一部分）：Flink CDC 会发送每一个行变更。</translation>
    </message>
    <message>
        <source>Put the Kafka password in place of ${%1}.</source>
        <translation>请将 Kafka 密码填入 ${%1} 处。</translation>
    </message>
    <message>
        <source>sync.format %1: Flink CDC writes debezium-json or canal-json; the pipeline writes debezium-json, so consumers must change.</source>
        <translation>sync.format %1：Flink CDC 写 debezium-json 或 canal-json；该管道写 debezium-json，因此消费者需要改动。</translation>
    </message>
    <message>
        <source>sync.decimals %1: Flink CDC writes decimals as Debezium&apos;s bytes.</source>
        <translation>sync.decimals %1：Flink CDC 按 Debezium 的 bytes 格式写小数。</translation>
    </message>
    <message>
        <source>sync.partition %1: Flink CDC&apos;s one-partition strategy writes to partition 0.</source>
        <translation>sync.partition %1：Flink CDC 的单分区策略写入分区 0。</translation>
    </message>
    <message>
        <source>sync.partitionBy %1: Flink CDC partitions by primary key or all to partition 0; the pipeline hashes the key, so one table&apos;s changes are in order per row, not per table.</source>
        <translation>sync.partitionBy %1：Flink CDC 按主键分区或全部写入分区 0；该管道对键做哈希，因此一张表的变更按行有序，而不是按表有序。</translation>
    </message>
    <message>
        <source>sync.partitions %1 / replicationFactor %2: Flink CDC creates missing topics with the broker&apos;s defaults; create them first.</source>
        <translation>sync.partitions %1 / replicationFactor %2：Flink CDC 以 broker 的默认值创建缺失的主题；请先创建这些主题。</translation>
    </message>
    <message>
        <source>sync.createTopics false: Flink CDC creates a missing topic.</source>
        <translation>sync.createTopics false：Flink CDC 会创建缺失的主题。</translation>
    </message>
    <message>
        <source>Ferry&apos;s ferry.seq header (the per-source sequence consumers drop duplicates by) is not written by Flink CDC.</source>
        <translation>Flink CDC 不写 Ferry 的 ferry.seq 头（每个源的序号，消费者据此去除重复）。</translation>
    </message>
    <message>
        <source>project %1 writes to %2, for which Flink CDC has no pipeline sink</source>
        <translation>迁移项目 %1 写入 %2，而 Flink CDC 没有对应的管道 sink</translation>
    </message>
    <message>
        <source>Export it with --as kafka-connect (Debezium and its JDBC sink write to MySQL, MariaDB and PostgreSQL), or keep it in Ferry.</source>
        <translation>请用 --as kafka-connect 导出（Debezium 及其 JDBC sink 可写入 MySQL、MariaDB 和 PostgreSQL），或继续用 Ferry 运行。</translation>
    </message>
    <message>
        <source>Put the target password in place of ${%1}.</source>
        <translation>请将目标端密码填入 ${%1} 处。</translation>
    </message>
    <message>
        <source>sync.topic %1: Flink CDC&apos;s topic is the routed table id; check the topic names it makes (an id has one dot, database.table).</source>
        <translation>sync.topic %1：Flink CDC 的主题就是路由后的表标识；请检查它生成的主题名（标识中只有一个点，database.table）。</translation>
    </message>
    <message>
        <source>Filter on %1 is Flink SQL in the pipeline: check that its identifiers and literals mean the same there.</source>
        <translation>%1 上的过滤条件在管道中按 Flink SQL 解释：请确认其中的标识符和字面量在那里含义相同。</translation>
    </message>
    <message>
        <source>OceanBase source: Debezium&apos;s MySQL connector reads it only when OceanBase&apos;s binlog service is enabled for the tenant.</source>
        <translation>OceanBase 源端：只有在租户启用了 OceanBase 的 binlog 服务时，Debezium 的 MySQL 连接器才能读取它。</translation>
    </message>
    <message>
        <source>incremental.startPosition %1: Debezium starts where its offsets say (or now); set its offset by hand to start there.</source>
        <translation>incremental.startPosition %1：Debezium 从其 offset 记录的位置开始（或从当前开始）；如需从该位点开始，请手工设置其 offset。</translation>
    </message>
    <message>
        <source>Filter on %1 (%2): Debezium has no SQL row filter; the rows it excludes would be sent. Add io.debezium.transforms.Filter with the condition in Groovy by hand.</source>
        <translation>%1 上的过滤条件（%2）：Debezium 没有 SQL 行过滤，被排除的行也会被发送。请手工添加 io.debezium.transforms.Filter，并用 Groovy 写出条件。</translation>
    </message>
    <message>
        <source>sync.format %1: Debezium writes its own envelope (debezium-json); consumers must change.</source>
        <translation>sync.format %1：Debezium 写自己的信封格式（debezium-json）；消费者需要改动。</translation>
    </message>
    <message>
        <source>sync.partitionBy %1: Kafka Connect partitions by the message key, the primary key; one row&apos;s changes stay in order.</source>
        <translation>sync.partitionBy %1：Kafka Connect 按消息键（即主键）分区；同一行的变更保持有序。</translation>
    </message>
    <message>
        <source>Ferry&apos;s ferry.seq header (the per-source sequence consumers drop duplicates by) is not written by Debezium.</source>
        <translation>Debezium 不写 Ferry 的 ferry.seq 头（每个源的序号，消费者据此去除重复）。</translation>
    </message>
    <message>
        <source>SQLite target: the JDBC sink needs a JDBC driver for SQLite on the Connect worker (org.xerial sqlite-jdbc), which Debezium does not ship.</source>
        <translation>SQLite 目标端：JDBC sink 需要在 Connect worker 上安装 SQLite 的 JDBC 驱动（org.xerial sqlite-jdbc），Debezium 不附带该驱动。</translation>
    </message>
    <message>
        <source>project %1 reads SQLite, for which Debezium has no connector</source>
        <translation>迁移项目 %1 读取 SQLite，而 Debezium 没有 SQLite 连接器</translation>
    </message>
    <message>
        <source>Keep the project in Ferry: its capture triggers are the only change stream SQLite has.</source>
        <translation>请继续用 Ferry 运行该迁移项目：它的捕获触发器是 SQLite 唯一的变更流。</translation>
    </message>
    <message>
        <source>The Connect worker&apos;s own Kafka settings must reach %1 with security.protocol %2 (the connector config cannot carry them).</source>
        <translation>Connect worker 自身的 Kafka 设置必须以 security.protocol %2 连接 %1（连接器配置无法携带这些设置）。</translation>
    </message>
    <message>
        <source>The Connect worker&apos;s own Kafka settings must reach %1 with security.protocol %2 and SASL %3 (the connector config cannot carry them).</source>
        <translation>Connect worker 自身的 Kafka 设置必须以 security.protocol %2 和 SASL %3 连接 %1（连接器配置无法携带这些设置）。</translation>
    </message>
    <message>
        <source>Set KAFKA_BOOTSTRAP_SERVERS (the cluster the connectors use) in the worker&apos;s environment, or export again with --bootstrap-servers.</source>
        <translation>请在 worker 的环境中设置 KAFKA_BOOTSTRAP_SERVERS（连接器使用的集群），或用 --bootstrap-servers 重新导出。</translation>
    </message>
    <message>
        <source>Set %1 in the Connect worker&apos;s environment and enable the env config provider (config.providers=env, config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider).</source>
        <translation>请在 Connect worker 的环境中设置 %1，并启用 env 配置提供者（config.providers=env，config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider）。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Give it &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, ...}.</source>
        <translation>请为它写 &quot;target&quot;: {&quot;engine&quot;: &quot;kafka&quot;, ...}。</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is being run by another Ferry process (pid %2)</source>
        <translation>迁移项目“%1”正由另一个 Ferry 进程运行（pid %2）</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it first.</source>
        <translation>请等待它结束，或先停止它。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>释放中</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>the stored definition of project %1 is unreadable: %2</source>
        <translation>迁移项目 %1 保存的定义无法读取：%2</translation>
    </message>
    <message>
        <source>a project named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的迁移项目已存在</translation>
    </message>
    <message>
        <source>Choose another name, or remove the existing project.</source>
        <translation>请换一个名称，或删除已有的迁移项目。</translation>
    </message>
    <message>
        <source>project %1: no data source named &apos;%2&apos; for its source</source>
        <translation>迁移项目 %1：没有名为“%2”的数据源可作为其源端</translation>
    </message>
    <message>
        <source>project %1: no data source named &apos;%2&apos; for its target</source>
        <translation>迁移项目 %1：没有名为“%2”的数据源可作为其目标端</translation>
    </message>
    <message>
        <source>Add the data source first (ferry datasource add), or spell the endpoint out in the project file.</source>
        <translation>请先添加该数据源（ferry datasource add），或在项目文件中写出完整的端点。</translation>
    </message>
    <message>
        <source>no project named &apos;%1&apos;</source>
        <translation>没有名为“%1”的迁移项目</translation>
    </message>
    <message>
        <source>List them with &apos;ferry project list&apos;.</source>
        <translation>可用 ferry project list 列出迁移项目。</translation>
    </message>
    <message>
        <source>no project with id %1</source>
        <translation>没有 id 为 %1 的迁移项目</translation>
    </message>
    <message>
        <source>project released: checkpoints and samples deleted</source>
        <translation>迁移项目已释放：检查点和采样数据已删除</translation>
    </message>
    <message>
        <source>project reset: its progress was deleted</source>
        <translation>迁移项目已重置：其进度已删除</translation>
    </message>
    <message>
        <source>no free name for a clone of &apos;%1&apos;</source>
        <translation>没有可用于克隆“%1”的空闲名称</translation>
    </message>
    <message>
        <source>project %1 is already running</source>
        <translation>迁移项目 %1 已在运行</translation>
    </message>
    <message>
        <source>decide the schema change of project &apos;%1&apos;</source>
        <translation>为迁移项目“%1”决定结构变更</translation>
    </message>
    <message>
        <source>the statement to run instead of the schema change of project &apos;%1&apos; is empty</source>
        <translation>迁移项目“%1”中用来代替结构变更执行的语句为空</translation>
    </message>
    <message>
        <source>Give the statement to run on the target, or apply the change as shown, or skip it.</source>
        <translation>请给出要在目标端执行的语句，或按所示应用该变更，或跳过它。</translation>
    </message>
    <message>
        <source>schema change at %1 (%2): stopped there, nothing decided; decide to go on (ferry ddl, or the project page)</source>
        <translation>位点 %1 处的结构变更（%2）：已在此停止，尚未决定；请决定如何继续（ferry ddl，或迁移项目页面）</translation>
    </message>
    <message>
        <source>schema change at %1 (%2): decided %3; the next run carries it out</source>
        <translation>位点 %1 处的结构变更（%2）：已决定%3；下次运行时执行</translation>
    </message>
    <message>
        <source>pause project &apos;%1&apos;</source>
        <translation>暂停迁移项目“%1”</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is not running</source>
        <translation>迁移项目“%1”未在运行</translation>
    </message>
    <message>
        <source>ferry status %1 shows where it stands.</source>
        <translation>可用 ferry status %1 查看其状态。</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; runs on host %2, not here</source>
        <translation>迁移项目“%1”运行在主机 %2 上，而不是本机</translation>
    </message>
    <message>
        <source>Pause it on %1 (ferry project pause %2 there, or Ctrl-C).</source>
        <translation>请在 %1 上暂停它（在那里执行 ferry project pause %2，或按 Ctrl-C）。</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is not running: its process %2 is gone</source>
        <translation>迁移项目“%1”未在运行：其进程 %2 已不存在</translation>
    </message>
    <message>
        <source>Its state shows as interrupted; run it again to resume.</source>
        <translation>其状态显示为已中断；再次运行即可继续。</translation>
    </message>
    <message>
        <source>pausing a run from another process is not supported on this system</source>
        <translation>本系统不支持从另一个进程暂停运行</translation>
    </message>
    <message>
        <source>Stop it where it runs.</source>
        <translation>请在它运行的地方停止它。</translation>
    </message>
    <message>
        <source>project %1: pause requested</source>
        <translation>迁移项目 %1：已请求暂停</translation>
    </message>
    <message>
        <source>create project &apos;%1&apos;</source>
        <translation>创建迁移项目“%1”</translation>
    </message>
    <message>
        <source>project %1 created</source>
        <translation>已创建迁移项目 %1</translation>
    </message>
    <message>
        <source>edit project &apos;%1&apos;</source>
        <translation>编辑迁移项目“%1”</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has started: its endpoints and objects cannot change</source>
        <translation>迁移项目“%1”已开始：其端点和对象不能再修改</translation>
    </message>
    <message>
        <source>Keep its endpoints and objects (ferry project export %1 shows them), or forget its progress with ferry project reset %1 (the target tables stay) and run it again with the new ones.</source>
        <translation>请保留其端点和对象（ferry project export %1 可显示它们），或用 ferry project reset %1 清除其进度（目标端的表保留），再用新的端点和对象重新运行。</translation>
    </message>
    <message>
        <source>project %1: definition changed</source>
        <translation>迁移项目 %1：定义已修改</translation>
    </message>
    <message>
        <source>clone project &apos;%1&apos;</source>
        <translation>克隆迁移项目“%1”</translation>
    </message>
    <message>
        <source>project %1 cloned from %2</source>
        <translation>迁移项目 %1 克隆自 %2</translation>
    </message>
    <message>
        <source>release project &apos;%1&apos;</source>
        <translation>释放迁移项目“%1”</translation>
    </message>
    <message>
        <source>project %1 released: checkpoints deleted</source>
        <translation>已释放迁移项目 %1：检查点已删除</translation>
    </message>
    <message>
        <source>delete project &apos;%1&apos;</source>
        <translation>删除迁移项目“%1”</translation>
    </message>
    <message>
        <source>reset project &apos;%1&apos;</source>
        <translation>重置迁移项目“%1”</translation>
    </message>
    <message>
        <source>apply as shown</source>
        <translation>按所示应用</translation>
    </message>
    <message>
        <source>apply instead: </source>
        <translation>改为执行：</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>the project&apos;s incremental step has not started</source>
        <translation>迁移项目的增量同步尚未开始</translation>
    </message>
    <message>
        <source>Run the project (ferry run FILE) until its incremental step streams, then switch over.</source>
        <translation>请运行迁移项目（ferry run FILE），直到增量同步开始传输变更，再进行正向切换。</translation>
    </message>
    <message>
        <source>switchover %1/%2: %3</source>
        <translation>正向切换 %1/%2：%3</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no incremental step to switch over from</source>
        <translation>迁移项目“%1”没有可用于正向切换的增量同步步骤</translation>
    </message>
    <message>
        <source>Add &quot;incremental&quot; to the project&apos;s steps and run it first.</source>
        <translation>请在迁移项目的步骤中加入 &quot;incremental&quot; 并先运行它。</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; was switched over already (%2)</source>
        <translation>迁移项目“%1”已经完成正向切换（%2）</translation>
    </message>
    <message>
        <source>Run it (ferry run FILE) to keep the old database in step.</source>
        <translation>请运行它（ferry run FILE），让旧数据库保持同步。</translation>
    </message>
    <message>
        <source>catching up with %1</source>
        <translation>正在追平 %1</translation>
    </message>
    <message>
        <source>checking that %1 has no writes for %2 s</source>
        <translation>正在确认 %1 在 %2 秒内没有写入</translation>
    </message>
    <message>
        <source>switchover stopped</source>
        <translation>正向切换已停止</translation>
    </message>
    <message>
        <source>Nothing was switched: run the project, and switch over again.</source>
        <translation>未切换任何内容：请运行迁移项目，然后再次进行正向切换。</translation>
    </message>
    <message>
        <source>%1 is still being written: %2 change(s) to the project&apos;s tables in the last %3 s</source>
        <translation>%1 仍在被写入：最近 %3 秒内迁移项目的表有 %2 个变更</translation>
    </message>
    <message>
        <source>Stop the applications that write to %1, then switch over again (nothing was switched).</source>
        <translation>请停止写入 %1 的应用，然后再次进行正向切换（未切换任何内容）。</translation>
    </message>
    <message>
        <source>final verification: no table changed since the full step</source>
        <translation>最终校验：全量迁移之后没有表发生变化</translation>
    </message>
    <message>
        <source>final verification of %1 changed table(s)</source>
        <translation>对 %1 张有变化的表进行最终校验</translation>
    </message>
    <message>
        <source>the final verification found differences: %1</source>
        <translation>最终校验发现差异：%1</translation>
    </message>
    <message>
        <source>Nothing was switched. See the project&apos;s verification report, correct the target, and switch over again.</source>
        <translation>未切换任何内容。请查看迁移项目的校验报告，修正目标端后再次进行正向切换。</translation>
    </message>
    <message>
        <source>recording the switchover positions</source>
        <translation>正在记录正向切换的位点</translation>
    </message>
    <message>
        <source>switched over at source position %1; the reverse increment starts at target position %2</source>
        <translation>已在源端位点 %1 完成正向切换；反向增量从目标端位点 %2 开始</translation>
    </message>
    <message>
        <source>stopping the forward stream and releasing its capture on %1</source>
        <translation>正在停止正向变更流并释放其在 %1 上的变更捕获</translation>
    </message>
    <message>
        <source>switchover: the forward capture on %1 was not released: %2</source>
        <translation>正向切换：%1 上的正向变更捕获未能释放：%2</translation>
    </message>
    <message>
        <source>hash of the key</source>
        <translation>键的哈希</translation>
    </message>
    <message>
        <source>hash of the table name</source>
        <translation>表名的哈希</translation>
    </message>
    <message>
        <source>hash of (%1)</source>
        <translation>(%1) 的哈希</translation>
    </message>
    <message>
        <source>no selected table can be routed: see the errors above</source>
        <translation>没有可路由的已选表：见上面的错误</translation>
    </message>
    <message>
        <source>%1 has no row yet: the sample message needs one</source>
        <translation>%1 还没有数据：示例消息需要一行数据</translation>
    </message>
    <message>
        <source>%1 %2 is not carried: %3</source>
        <translation>%1 %2 未迁移：%3</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>物化视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>存储过程</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>generation expression</source>
        <translation>生成列表达式</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>set labels</source>
        <translation>SET 取值</translation>
    </message>
    <message>
        <source>geometry type</source>
        <translation>几何类型</translation>
    </message>
    <message>
        <source>domain constraint</source>
        <translation>域约束</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>partitioning</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>CHECK 约束</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>the split of %1 (%2)</source>
        <translation>%1 的拆分（%2）</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which %3 does not have</source>
        <translation>%1 引用了列“%2”，而 %3 没有该列</translation>
    </message>
    <message>
        <source>Name one of its integer columns in &quot;split&quot;.&quot;column&quot;; names are case-sensitive.</source>
        <translation>请在 &quot;split&quot;.&quot;column&quot; 中指定其一个整数列；列名区分大小写。</translation>
    </message>
    <message>
        <source>%1: column %2 is %3, not an integer</source>
        <translation>%1：列 %2 是 %3，不是整数</translation>
    </message>
    <message>
        <source>Split by an integer column (a customer or tenant id).</source>
        <translation>请按整数列拆分（如客户或租户 ID）。</translation>
    </message>
    <message>
        <source>%1: the target &apos;%2&apos; has no {shard}, so every shard would have the same name</source>
        <translation>%1：目标“%2”中没有 {shard}，所有分片将同名</translation>
    </message>
    <message>
        <source>Write the target as a template, e.g. &quot;%1_{shard}&quot;.</source>
        <translation>请将目标写成模板，例如 &quot;%1_{shard}&quot;。</translation>
    </message>
    <message>
        <source>%1: other tables feed the same shards %2</source>
        <translation>%1：其他表也写入相同的分片 %2</translation>
    </message>
    <message>
        <source>Give each split table its own target template.</source>
        <translation>请为每张拆分的表指定各自的目标模板。</translation>
    </message>
    <message>
        <source>rows of %1 where %2 go to %3</source>
        <translation>%1 中满足 %2 的行写入 %3</translation>
    </message>
    <message>
        <source>foreign key %1 of %2 references %3, which is split into shards: skipped</source>
        <translation>%2 的外键 %1 引用的 %3 已拆分为分片：已跳过</translation>
    </message>
    <message>
        <source>column %1 has the domain %2: created as its base type %3</source>
        <translation>列 %1 使用域 %2：按其基础类型 %3 创建</translation>
    </message>
    <message>
        <source>column %1 has the domain %2: created as its base type %3 with %4</source>
        <translation>列 %1 使用域 %2：按其基础类型 %3 创建，并带有 %4</translation>
    </message>
    <message>
        <source>SQLite has no spatial or full-text index on an ordinary table</source>
        <translation>SQLite 的普通表不支持空间索引或全文索引</translation>
    </message>
    <message>
        <source>the target database has no PostGIS, the column is bytea</source>
        <translation>目标数据库没有 PostGIS，该列为 bytea</translation>
    </message>
    <message>
        <source>MySQL takes a SPATIAL index only on a NOT NULL column, and %1 is nullable</source>
        <translation>MySQL 只能在 NOT NULL 列上建立 SPATIAL 索引，而 %1 可为空</translation>
    </message>
    <message>
        <source>tables %1 and %2 would both be named &apos;%3&apos; in the target with lower-case names</source>
        <translation>使用小写名称时，表 %1 和 %2 在目标端都会命名为“%3”</translation>
    </message>
    <message>
        <source>Give one of them another target name in a table rule, or keep the names as they are (options.lowerCaseNames false).</source>
        <translation>请在表规则中为其中一张表指定其他目标名称，或保持名称原样（options.lowerCaseNames 设为 false）。</translation>
    </message>
    <message>
        <source>table %1 has no column &apos;%2&apos; (named in its column list)</source>
        <translation>表 %1 没有列“%2”（在其列清单中引用）</translation>
    </message>
    <message>
        <source>Check the spelling; column names are case-sensitive.</source>
        <translation>请检查拼写；列名区分大小写。</translation>
    </message>
    <message>
        <source>table %1 has no column &apos;%2&apos; (named in its renames)</source>
        <translation>表 %1 没有列“%2”（在其重命名中引用）</translation>
    </message>
    <message>
        <source>table %1 has no column &apos;%2&apos; (named in its type overrides)</source>
        <translation>表 %1 没有列“%2”（在其类型覆盖中引用）</translation>
    </message>
    <message>
        <source>SQLite would compute the decimal as a binary double</source>
        <translation>SQLite 会以二进制 double 计算该小数</translation>
    </message>
    <message>
        <source>%1: the column is created as a plain one holding the copied values, and no longer recomputes</source>
        <translation>%1：该列被创建为保存复制值的普通列，不再自动计算</translation>
    </message>
    <message>
        <source>the source does not show the expression</source>
        <translation>源端未提供该表达式</translation>
    </message>
    <message>
        <source>SQLite has no comments</source>
        <translation>SQLite 不支持注释</translation>
    </message>
    <message>
        <source>SQLite keeps the SET as text and cannot check that it holds only the labels</source>
        <translation>SQLite 将 SET 保存为文本，无法检查其中只包含定义的标签</translation>
    </message>
    <message>
        <source>options.sqliteDecimals is real: stored as a binary double (0.01 is held as 0.010000000000000000208...), reads back with up to 15 digits; arithmetic is fast but inexact</source>
        <translation>options.sqliteDecimals 为 real：以二进制 double 存储（0.01 存为 0.010000000000000000208...），读回时最多 15 位有效数字；运算快但不精确</translation>
    </message>
    <message>
        <source>the target database has no PostGIS (CREATE EXTENSION postgis): kept as bytea holding the SRID (4 bytes, little-endian) and the WKB</source>
        <translation>目标数据库没有 PostGIS（CREATE EXTENSION postgis）：保存为 bytea，内容为 SRID（4 字节，小端序）和 WKB</translation>
    </message>
    <message>
        <source>the target database has no postgis extension: the column becomes bytea holding the SRID and the WKB (CREATE EXTENSION postgis before the run to get geometry)</source>
        <translation>目标数据库没有 postgis 扩展：该列改为保存 SRID 和 WKB 的 bytea（运行前执行 CREATE EXTENSION postgis 即可得到 geometry）</translation>
    </message>
    <message>
        <source>a CHECK of the domain %1 in PostgreSQL SQL: add an equivalent CHECK by hand</source>
        <translation>域 %1 的 CHECK 使用 PostgreSQL 语法：请手工添加等价的 CHECK</translation>
    </message>
    <message>
        <source>column %1: its default %2 is %3-specific and is not carried over</source>
        <translation>列 %1：其默认值 %2 是 %3 特有的，不会迁移</translation>
    </message>
    <message>
        <source>the expression is %1-specific: an INSERT without the column gets NULL</source>
        <translation>该表达式是 %1 特有的：不含该列的 INSERT 将得到 NULL</translation>
    </message>
    <message>
        <source>table %1 would copy no column</source>
        <translation>表 %1 将不复制任何列</translation>
    </message>
    <message>
        <source>Name at least one of its columns in &quot;columns&quot;.</source>
        <translation>请在 &quot;columns&quot; 中至少列出其一列。</translation>
    </message>
    <message>
        <source>table %1 already has a column &apos;%2&apos; in the target: it cannot also be the origin column</source>
        <translation>表 %1 在目标端已有列“%2”：它不能同时作为来源列</translation>
    </message>
    <message>
        <source>Choose another &quot;originColumn&quot;, or rename the source column.</source>
        <translation>请选择其他 &quot;originColumn&quot;，或重命名源端的列。</translation>
    </message>
    <message>
        <source>the source table of each row (originColumn)</source>
        <translation>每行的来源表（originColumn）</translation>
    </message>
    <message>
        <source>table %1 has no primary key or NOT NULL unique key: it is copied whole in one stream (no parallel chunks), a resumed run copies it again from the start, and verification compares it as a multiset</source>
        <translation>表 %1 没有主键或 NOT NULL 唯一键：它将在单个流中整表复制（不并行分块），续跑时会从头重新复制，全量校验将按多重集合比较</translation>
    </message>
    <message>
        <source>the key of table %1 (%2) is not among the copied columns: the table is copied whole in one stream</source>
        <translation>表 %1 的键（%2）不在复制的列中：该表将在单个流中整表复制</translation>
    </message>
    <message>
        <source>%1: the target does not check it</source>
        <translation>%1：目标端不检查该约束</translation>
    </message>
    <message>
        <source>table %1 has no primary key among its copied columns: its origin column &apos;%2&apos; cannot join one (originInKey)</source>
        <translation>表 %1 复制的列中没有主键：其来源列“%2”无法加入主键（originInKey）</translation>
    </message>
    <message>
        <source>Give the table a primary key, or leave originInKey out.</source>
        <translation>请为该表添加主键，或去掉 originInKey。</translation>
    </message>
    <message>
        <source>index %1 of %2 uses a column that is not copied: skipped</source>
        <translation>%2 的索引 %1 使用了未复制的列：已跳过</translation>
    </message>
    <message>
        <source>foreign key %1 of %2 references %3, which is not migrated: skipped</source>
        <translation>%2 的外键 %1 引用的 %3 不在迁移范围内：已跳过</translation>
    </message>
    <message>
        <source>it references %1, which is not migrated</source>
        <translation>它引用的 %1 不在迁移范围内</translation>
    </message>
    <message>
        <source>%1 and %2 both feed %3 but record their origin differently (%4 and %5)</source>
        <translation>%1 和 %2 都写入 %3，但记录来源的方式不同（%4 和 %5）</translation>
    </message>
    <message>
        <source>Give every table rule of %1 the same &quot;originColumn&quot; and &quot;originInKey&quot;.</source>
        <translation>请为 %1 的每条表规则设置相同的 &quot;originColumn&quot; 和 &quot;originInKey&quot;。</translation>
    </message>
    <message>
        <source>it reads table %1, which is not migrated</source>
        <translation>它读取的表 %1 不在迁移范围内</translation>
    </message>
    <message>
        <source>%1: recreate it on the target by hand</source>
        <translation>%1：请在目标端手工重建</translation>
    </message>
    <message>
        <source>it reads view %1, which is not carried: recreate both on the target by hand</source>
        <translation>它读取的视图 %1 未被迁移：请在目标端手工重建这两个视图</translation>
    </message>
    <message>
        <source>triggers are not translated: the target does not run it on %1 (recreate it by hand if the application needs it)</source>
        <translation>触发器不做转换：目标端不会在 %1 上执行它（如果应用需要，请手工重建）</translation>
    </message>
    <message>
        <source>materialized views are not translated: recreate it on the target by hand if the application needs it</source>
        <translation>物化视图不做转换：如果应用需要，请在目标端手工重建</translation>
    </message>
    <message>
        <source>functions are not translated: recreate it on the target by hand if the application needs it</source>
        <translation>函数不做转换：如果应用需要，请在目标端手工重建</translation>
    </message>
    <message>
        <source>procedures are not translated: recreate it on the target by hand if the application needs it</source>
        <translation>存储过程不做转换：如果应用需要，请在目标端手工重建</translation>
    </message>
    <message>
        <source>events are not translated: recreate it on the target by hand if the application needs it</source>
        <translation>事件不做转换：如果应用需要，请在目标端手工重建</translation>
    </message>
    <message>
        <source>it compares with ANY/ALL over something other than a list</source>
        <translation>它对非列表的对象使用 ANY/ALL 比较</translation>
    </message>
    <message>
        <source>%1() has no equivalent known to Ferry in %2</source>
        <translation>Ferry 不知道 %1() 在 %2 中的等价函数</translation>
    </message>
    <message>
        <source>it uses %1, which is %2 syntax</source>
        <translation>它使用了 %1，这是 %2 的语法</translation>
    </message>
    <message>
        <source>it uses the typed literal %1 &apos;...&apos;</source>
        <translation>它使用了带类型的字面量 %1 &apos;...&apos;</translation>
    </message>
    <message>
        <source>it names %1, which is not a column of the table</source>
        <translation>它引用的 %1 不是该表的列</translation>
    </message>
    <message>
        <source>it uses the operator %1, which means something else or nothing in %2</source>
        <translation>它使用了运算符 %1，该运算符在 %2 中含义不同或不存在</translation>
    </message>
    <message>
        <source>its quotes do not close</source>
        <translation>其引号未闭合</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它为空</translation>
    </message>
    <message>
        <source>it is not a plain SELECT</source>
        <translation>它不是简单的 SELECT</translation>
    </message>
    <message>
        <source>broker %1 answers at %2</source>
        <translation>broker %1 在 %2 应答</translation>
    </message>
    <message>
        <source>topic %1 exists</source>
        <translation>topic %1 已存在</translation>
    </message>
    <message>
        <source>the cluster has no topics yet: a sync project creates them</source>
        <translation>集群中还没有 topic：同步项目会创建它们</translation>
    </message>
    <message>
        <source>Kafka at %1 refused Ferry: %2</source>
        <translation>%1 上的 Kafka 拒绝了 Ferry：%2</translation>
    </message>
    <message>
        <source>Check the target&apos;s user, password (passwordEnv), SASL mechanism and the ACLs of the topics.</source>
        <translation>请检查目标端的用户、密码（passwordEnv）、SASL 机制以及各 topic 的 ACL。</translation>
    </message>
    <message>
        <source>TLS with Kafka at %1 failed: %2</source>
        <translation>与 %1 上的 Kafka 建立 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>Check securityProtocol and caFile of the target.</source>
        <translation>请检查目标端的 securityProtocol 和 caFile。</translation>
    </message>
    <message>
        <source>Kafka at %1: a topic does not exist: %2</source>
        <translation>%1 上的 Kafka：topic 不存在：%2</translation>
    </message>
    <message>
        <source>Create the topic, or let Ferry create it (&quot;createTopics&quot;: true).</source>
        <translation>请创建该 topic，或让 Ferry 创建（&quot;createTopics&quot;: true）。</translation>
    </message>
    <message>
        <source>Kafka at %1 is unreachable: %2</source>
        <translation>无法连接 %1 上的 Kafka：%2</translation>
    </message>
    <message>
        <source>Check that the brokers run and that bootstrapServers names them; Ferry keeps retrying and loses nothing meanwhile.</source>
        <translation>请检查 broker 是否在运行，以及 bootstrapServers 是否列出了它们；Ferry 会持续重试，期间不会丢失数据。</translation>
    </message>
    <message>
        <source>target.properties: %1 cannot be changed</source>
        <translation>target.properties：%1 不可修改</translation>
    </message>
    <message>
        <source>Ferry&apos;s delivery needs enable.idempotence=true, acks=all and at most 5 requests in flight; remove %1.</source>
        <translation>Ferry 的投递需要 enable.idempotence=true、acks=all 且最多 5 个在途请求；请删除 %1。</translation>
    </message>
    <message>
        <source>Kafka setting %1: %2</source>
        <translation>Kafka 设置 %1：%2</translation>
    </message>
    <message>
        <source>Correct or remove it in the target&apos;s properties.</source>
        <translation>请在目标端的 properties 中修正或删除该设置。</translation>
    </message>
    <message>
        <source>the Kafka producer for %1 did not start: %2</source>
        <translation>%1 的 Kafka 生产者未能启动：%2</translation>
    </message>
    <message>
        <source>Check the target&apos;s settings.</source>
        <translation>请检查目标端的设置。</translation>
    </message>
    <message>
        <source>topic %1: %2</source>
        <translation>topic %1：%2</translation>
    </message>
    <message>
        <source>creating topics: %1</source>
        <translation>创建 topic：%1</translation>
    </message>
    <message>
        <source>creating topic %1: %2</source>
        <translation>创建 topic %1：%2</translation>
    </message>
    <message>
        <source>Create topic %1 yourself (partitions %2, replication factor %3), or change sync.partitions / sync.replicationFactor.</source>
        <translation>请自行创建 topic %1（分区数 %2，副本因子 %3），或修改 sync.partitions / sync.replicationFactor。</translation>
    </message>
    <message>
        <source>Kafka at %1 did not create topic %2</source>
        <translation>%1 上的 Kafka 未创建 topic %2</translation>
    </message>
    <message>
        <source>Create the topic yourself, then run again.</source>
        <translation>请自行创建该 topic，然后再次运行。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3</source>
        <translation>%1“%2”不是以下之一：%3</translation>
    </message>
    <message>
        <source>Write one of: %1.</source>
        <translation>请填写以下之一：%1。</translation>
    </message>
    <message>
        <source>sync.%1 must be a whole number from %2 to %3</source>
        <translation>sync.%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&quot;sync&quot; must be an object</source>
        <translation>&quot;sync&quot; 必须是一个对象</translation>
    </message>
    <message>
        <source>Example: &quot;sync&quot;: {&quot;format&quot;: &quot;debezium-json&quot;, &quot;topic&quot;: &quot;{database}.{table}&quot;, &quot;partitionBy&quot;: &quot;key&quot;}</source>
        <translation>示例：&quot;sync&quot;: {&quot;format&quot;: &quot;debezium-json&quot;, &quot;topic&quot;: &quot;{database}.{table}&quot;, &quot;partitionBy&quot;: &quot;key&quot;}</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in sync</source>
        <translation>sync 中有未知的键“%1”</translation>
    </message>
    <message>
        <source>sync.%1 must be a string</source>
        <translation>sync.%1 必须是字符串</translation>
    </message>
    <message>
        <source>sync.%1 must be true or false</source>
        <translation>sync.%1 必须为 true 或 false</translation>
    </message>
    <message>
        <source>sync.schema is for debezium-json only, not %1</source>
        <translation>sync.schema 只适用于 debezium-json，不适用于 %1</translation>
    </message>
    <message>
        <source>Leave &quot;schema&quot; out, or choose &quot;format&quot;: &quot;debezium-json&quot;.</source>
        <translation>请去掉 &quot;schema&quot;，或选择 &quot;format&quot;: &quot;debezium-json&quot;。</translation>
    </message>
    <message>
        <source>sync.topic &apos;%1&apos; is not a topic name template</source>
        <translation>sync.topic“%1”不是合法的 topic 名称模板</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and the placeholders {database}, {schema} and {table}: &quot;{database}.{table}&quot; (one topic per table), &quot;{database}&quot; (one per database), &quot;changes&quot; (one for all).</source>
        <translation>请使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 以及占位符 {database}、{schema} 和 {table}：&quot;{database}.{table}&quot;（每张表一个 topic）、&quot;{database}&quot;（每个数据库一个）、&quot;changes&quot;（全部共用一个）。</translation>
    </message>
    <message>
        <source>sync.topics must be an object of table -&gt; topic</source>
        <translation>sync.topics 必须是“表 -&gt; topic”形式的对象</translation>
    </message>
    <message>
        <source>Example: &quot;topics&quot;: {&quot;shop.orders&quot;: &quot;orders-v2&quot;}</source>
        <translation>示例：&quot;topics&quot;: {&quot;shop.orders&quot;: &quot;orders-v2&quot;}</translation>
    </message>
    <message>
        <source>sync.topics.%1: &apos;%2&apos; is not a topic name</source>
        <translation>sync.topics.%1：“%2”不是合法的 topic 名称</translation>
    </message>
    <message>
        <source>Use 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>请使用 1 到 249 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>sync.partitionColumns must be a list of column names</source>
        <translation>sync.partitionColumns 必须是列名的列表</translation>
    </message>
    <message>
        <source>sync.partitionBy is &quot;columns&quot; but sync.partitionColumns is empty</source>
        <translation>sync.partitionBy 是 &quot;columns&quot;，但 sync.partitionColumns 为空</translation>
    </message>
    <message>
        <source>List the columns whose values choose the partition: &quot;partitionColumns&quot;: [&quot;customer_id&quot;].</source>
        <translation>请列出用其值选择分区的列：&quot;partitionColumns&quot;: [&quot;customer_id&quot;]。</translation>
    </message>
    <message>
        <source>sync.partitionColumns is set but sync.partitionBy is &quot;%1&quot;</source>
        <translation>设置了 sync.partitionColumns，但 sync.partitionBy 是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write &quot;partitionBy&quot;: &quot;columns&quot;, or leave partitionColumns out.</source>
        <translation>请写 &quot;partitionBy&quot;: &quot;columns&quot;，或去掉 partitionColumns。</translation>
    </message>
    <message>
        <source>sync.replicationFactor must be -1 (the broker&apos;s default) or from 1</source>
        <translation>sync.replicationFactor 必须为 -1（broker 的默认值）或不小于 1</translation>
    </message>
    <message>
        <source>sync.partition is set but sync.partitionBy is &quot;%1&quot;</source>
        <translation>设置了 sync.partition，但 sync.partitionBy 是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write &quot;partitionBy&quot;: &quot;single&quot; to send everything to one partition.</source>
        <translation>请写 &quot;partitionBy&quot;: &quot;single&quot;，把所有消息发送到同一个分区。</translation>
    </message>
    <message>
        <source>topic %1 has %2 partitions: sync.partition %3 does not exist</source>
        <translation>topic %1 有 %2 个分区：sync.partition %3 不存在</translation>
    </message>
    <message>
        <source>Choose a partition from 0 to %1.</source>
        <translation>请选择 0 到 %1 之间的分区。</translation>
    </message>
    <message>
        <source>Create the topics, or let Ferry create them (&quot;createTopics&quot;: true in &quot;sync&quot;).</source>
        <translation>请创建这些 topic，或让 Ferry 创建（在 &quot;sync&quot; 中设置 &quot;createTopics&quot;: true）。</translation>
    </message>
    <message>
        <source>%1 messages of %2 were not acknowledged</source>
        <translation>%2 有 %1 条消息未被确认</translation>
    </message>
    <message>
        <source>snapshot: %1 -&gt; topic %2, %3 rows</source>
        <translation>快照：%1 -&gt; topic %2，%3 行</translation>
    </message>
    <message>
        <source>snapshot: %1 rows in %2 s</source>
        <translation>快照：%1 行，用时 %2 秒</translation>
    </message>
    <message>
        <source>sync: changes are captured from source position %1 on, before the snapshot reads any row</source>
        <translation>同步：在快照读取任何行之前，从源端位点 %1 起捕获变更</translation>
    </message>
    <message>
        <source>the sync stream of %1 has no start position</source>
        <translation>%1 的同步变更流没有起始位点</translation>
    </message>
    <message>
        <source>sync: publishing source changes from position %1 (sequence %2 on) to Kafka at %3</source>
        <translation>同步：从位点 %1（序号 %2 起）开始将源端变更发布到 %3 上的 Kafka</translation>
    </message>
    <message>
        <source>the sync stream stopped</source>
        <translation>同步变更流已停止</translation>
    </message>
    <message>
        <source>sync: the source stream broke (%1); reading again from %2 in %3 s</source>
        <translation>同步：源端变更流中断（%1）；%3 秒后从 %2 重新读取</translation>
    </message>
    <message>
        <source>sync: a schema change on %1 is not sent to Kafka (source position %2): %3</source>
        <translation>同步：%1 上的结构变更不会发送到 Kafka（源端位点 %2）：%3</translation>
    </message>
    <message>
        <source>waiting for Kafka: %1 (messages kept for it: %2)</source>
        <translation>正在等待 Kafka：%1（为其保留的消息：%2 条）</translation>
    </message>
    <message>
        <source>sync: catching up to source position %1</source>
        <translation>同步：正在追赶源端位点 %1</translation>
    </message>
    <message>
        <source>sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Run the project again to resume from the acknowledged position.</source>
        <translation>请再次运行项目，从已确认的位点继续。</translation>
    </message>
    <message>
        <source>sync: caught up (acknowledged through %1, sequence %2)</source>
        <translation>同步：已追平（已确认到 %1，序号 %2）</translation>
    </message>
    <message>
        <source>table %1 would go to topic &apos;%2&apos;, which Kafka does not accept</source>
        <translation>表 %1 将写入 topic“%2”，而 Kafka 不接受该名称</translation>
    </message>
    <message>
        <source>Name its topic in sync.topics (&quot;%1&quot;: &quot;a-valid.name&quot;): topic names have 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>请在 sync.topics 中为其指定 topic（&quot;%1&quot;: &quot;a-valid.name&quot;）：topic 名称由 1 到 249 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成。</translation>
    </message>
    <message>
        <source>table %1 has no primary key or non-null unique key: its messages cannot be keyed (and ordered) by row</source>
        <translation>表 %1 没有主键或非空唯一键：其消息无法按行设置键（及保证顺序）</translation>
    </message>
    <message>
        <source>Add a primary key to %1, exclude it, or route by table (&quot;partitionBy&quot;: &quot;table&quot;).</source>
        <translation>请为 %1 添加主键、将其排除，或按表路由（&quot;partitionBy&quot;: &quot;table&quot;）。</translation>
    </message>
    <message>
        <source>table %1 has no column %2 (sync.partitionColumns)</source>
        <translation>表 %1 没有列 %2（sync.partitionColumns）</translation>
    </message>
    <message>
        <source>List columns every selected table has, or exclude %1.</source>
        <translation>请列出所有选中的表都有的列，或排除 %1。</translation>
    </message>
    <message>
        <source>table %1 stopped: %2</source>
        <translation>表 %1 已停止：%2</translation>
    </message>
    <message>
        <source>emptying %1 (policy truncate): %2</source>
        <translation>清空 %1（策略 truncate）：%2</translation>
    </message>
    <message>
        <source>A table outside the project references one of them: add it to the project, empty it first, or drop its foreign key.</source>
        <translation>迁移项目之外的一张表引用了其中的表：请将其加入迁移项目、先清空它，或删除其外键。</translation>
    </message>
    <message>
        <source>emptied target table(s) %1 (policy truncate)</source>
        <translation>已清空目标表 %1（策略 truncate）</translation>
    </message>
    <message>
        <source>table %1 has no key, already held rows in %2 before this project, and its copy was interrupted: Ferry cannot tell its rows from the earlier ones</source>
        <translation>表 %1 没有键，%2 在本迁移项目之前已有数据，且其复制被中断：Ferry 无法区分其写入的行与原有的行</translation>
    </message>
    <message>
        <source>Set nonEmptyTarget to &apos;truncate&apos; and run again.</source>
        <translation>请将 nonEmptyTarget 设为 &apos;truncate&apos; 后再次运行。</translation>
    </message>
    <message>
        <source>Add the column to the target table, or leave it out of the project&apos;s column list.</source>
        <translation>请在目标表中添加该列，或将其从迁移项目的列清单中去掉。</translation>
    </message>
    <message>
        <source>target table %1 has no origin column %2</source>
        <translation>目标表 %1 没有来源列 %2</translation>
    </message>
    <message>
        <source>Add the column (text, NOT NULL) to the target table, or run the schema step.</source>
        <translation>请在目标表中添加该列（text，NOT NULL），或运行结构迁移步骤。</translation>
    </message>
    <message>
        <source>%1 has no key and its copy into %2 (which other tables feed too) was interrupted: its rows there cannot be told from theirs</source>
        <translation>%1 没有键，且其向 %2（其他表也写入该表）的复制被中断：无法区分其写入的行与其他表的行</translation>
    </message>
    <message>
        <source>Empty %1, then `ferry project reset` and run the project again; or give %2 a primary key so an interrupted copy can be resumed.</source>
        <translation>请清空 %1，然后执行 `ferry project reset` 并再次运行迁移项目；或为 %2 添加主键，使中断的复制可以续传。</translation>
    </message>
    <message>
        <source>the writer stopped</source>
        <translation>写入线程已停止</translation>
    </message>
    <message>
        <source>built %1 index(es) on %2 in %3 s</source>
        <translation>已在 %2 上创建 %1 个索引，用时 %3 秒</translation>
    </message>
    <message>
        <source>could not record that %1 is copying: %2</source>
        <translation>无法记录 %1 正在复制：%2</translation>
    </message>
    <message>
        <source>copying %1 chunk(s) of %2 table(s) with %3 worker(s), %4 table(s) still being cut</source>
        <translation>正在用 %3 个工作线程复制 %2 张表的 %1 个分块，另有 %4 张表仍在切分</translation>
    </message>
    <message>
        <source>copying %1 chunk(s) of %2 table(s) with %3 worker(s)</source>
        <translation>正在用 %3 个工作线程复制 %2 张表的 %1 个分块</translation>
    </message>
    <message>
        <source>the full migration was stopped; every committed chunk is kept</source>
        <translation>全量迁移已被停止；所有已提交的分块均已保留</translation>
    </message>
    <message>
        <source>Run the project again to resume from its checkpoints.</source>
        <translation>请再次运行迁移项目，从检查点继续。</translation>
    </message>
    <message>
        <source>%1 tables stopped: %2</source>
        <translation>%1 张表已停止：%2</translation>
    </message>
    <message>
        <source>Fix the cause, then run the project again: finished chunks are kept.</source>
        <translation>请排除原因后再次运行迁移项目：已完成的分块会保留。</translation>
    </message>
    <message>
        <source>the full step needs the run&apos;s records and chunk ledger</source>
        <translation>全量迁移步骤需要本次运行的记录和分块台账</translation>
    </message>
    <message>
        <source>full migration: %1 rows (%2 skipped), %3 MB in %4 s, %5 rows/s</source>
        <translation>全量迁移：%1 行（跳过 %2 行），%3 MB，用时 %4 秒，%5 行/秒</translation>
    </message>
    <message>
        <source>the schema step was stopped</source>
        <translation>结构迁移步骤已被停止</translation>
    </message>
    <message>
        <source>view %1 is not carried: the target refused its translation (%2). Recreate it by hand; translated: %3</source>
        <translation>视图 %1 未迁移：目标端拒绝了转换后的定义（%2）。请手工重建；转换结果：%3</translation>
    </message>
    <message>
        <source>schema step: created %1 table(s), kept %2 existing</source>
        <translation>结构迁移：创建了 %1 张表，保留了 %2 张已有的表</translation>
    </message>
    <message>
        <source>schema step: created %1 table(s), kept %2 existing; created or replaced view(s) %3</source>
        <translation>结构迁移：创建了 %1 张表，保留了 %2 张已有的表；创建或替换了视图 %3</translation>
    </message>
    <message>
        <source>values that are not integers</source>
        <translation>存在非整数的值</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>only 0 and 1</source>
        <translation>只有 0 和 1</translation>
    </message>
    <message>
        <source>only times of day (%1 to %2)</source>
        <translation>只有一天中的时间（%1 到 %2）</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最大为 %1</translation>
    </message>
    <message>
        <source>only integers</source>
        <translation>只有整数</translation>
    </message>
    <message>
        <source>cannot read the values of %1 to choose their target types: %2</source>
        <translation>无法读取 %1 的值来选择目标类型：%2</translation>
    </message>
    <message>
        <source>GRANT SELECT on the table to the source user, or override the types of its columns in the project file.</source>
        <translation>请将该表的 SELECT 权限授予源端用户，或在项目文件中覆盖其列的类型。</translation>
    </message>
    <message>
        <source>holds %1 → %2</source>
        <translation>实际数据：%1 → %2</translation>
    </message>
    <message>
        <source>Run the schema and full steps first.</source>
        <translation>请先运行结构迁移和全量迁移步骤。</translation>
    </message>
    <message>
        <source>%1 does not provide column %2 of %3, so the two cannot be compared</source>
        <translation>%1 没有提供 %3 的列 %2，因此二者无法比较</translation>
    </message>
    <message>
        <source>verification stopped</source>
        <translation>全量校验已停止</translation>
    </message>
    <message>
        <source>verification was stopped</source>
        <translation>全量校验已被停止</translation>
    </message>
    <message>
        <source>Run it again: verification starts over and writes nothing.</source>
        <translation>请再次运行：校验会从头开始，且不写入任何数据。</translation>
    </message>
    <message>
        <source>Check the project&apos;s objects.</source>
        <translation>请检查迁移项目的对象。</translation>
    </message>
    <message>
        <source>; %1 row(s) that differed while their changes were in flight settled on recheck</source>
        <translation>；%1 行在其变更传输途中不一致，复查后已一致</translation>
    </message>
    <message>
        <source>; %1 row(s) that differed at first settled on recheck</source>
        <translation>；%1 行最初不一致，复查后已一致</translation>
    </message>
    <message>
        <source>; compared as the target holds them, by the project&apos;s choice: %1</source>
        <translation>；按迁移项目的设置，以目标端保存的形式比较：%1</translation>
    </message>
    <message>
        <source>consistent: %1 rows in %2 table(s) are identical (%3 s)%4</source>
        <translation>一致：%2 张表中的 %1 行完全相同（%3 秒）%4</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 行缺失</translation>
    </message>
    <message>
        <source>%1 extra</source>
        <translation>%1 行多余</translation>
    </message>
    <message>
        <source>%1 different</source>
        <translation>%1 行不一致</translation>
    </message>
    <message>
        <source>%1 duplicated</source>
        <translation>%1 行重复</translation>
    </message>
    <message>
        <source>%1 table(s) not verified</source>
        <translation>%1 张表未校验</translation>
    </message>
    <message>
        <source>differences: %1 among %2 rows%3</source>
        <translation>存在差异：%2 行中 %1%3</translation>
    </message>
    <message>
        <source>Ferry verification: %1</source>
        <translation>Ferry 全量校验：%1</translation>
    </message>
    <message>
        <source>Verification of %1</source>
        <translation>%1 的全量校验</translation>
    </message>
    <message>
        <source>Started %1, took %2 s.</source>
        <translation>开始于 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>存在差异</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>present ×%1</source>
        <translation>存在 ×%1</translation>
    </message>
    <message>
        <source>… %1 more in the CSV or JSON export</source>
        <translation>… 另有 %1 条，见 CSV 或 JSON 导出</translation>
    </message>
    <message>
        <source>verification beside the change stream: rows that differ are read again until they settle, for at most %1 s</source>
        <translation>与变更流并行校验：存在差异的行会被重新读取直到稳定，最多 %1 秒</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>全量校验：%1</translation>
    </message>
    <message>
        <source>verification found differences: %1</source>
        <translation>全量校验发现差异：%1</translation>
    </message>
    <message>
        <source>Export the correction SQL (ferry verify --fix-sql), review and apply it, then verify again.</source>
        <translation>请导出修复 SQL（ferry verify --fix-sql），审阅并执行后再次校验。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(recorded only)</source>
        <translation>（仅记录）</translation>
    </message>
    <message>
        <source>Nothing started or ended.</source>
        <translation>没有告警开始或结束。</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>已送达：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No alert channels. Add one with: ferry alert channel add NAME --webhook URL</source>
        <translation>没有告警通道。添加一个：ferry alert channel add NAME --webhook URL</translation>
    </message>
    <message>
        <source>No per-project overrides.</source>
        <translation>没有按迁移项目的覆盖设置。</translation>
    </message>
    <message>
        <source>No silences.</source>
        <translation>没有静默。</translation>
    </message>
    <message>
        <source>Silence %1 added (%2).</source>
        <translation>已添加静默 %1（%2）。</translation>
    </message>
    <message>
        <source>Silence %1 removed.</source>
        <translation>已删除静默 %1。</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>没有告警事件。</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>解决于 %1</translation>
    </message>
    <message>
        <source>(not sent: silenced)</source>
        <translation>（未发送：已静默）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>设置者</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>APPLIES</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>never tested</source>
        <translation>从未测试</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <source>%1 %2 (connected in %3 ms)</source>
        <translation>%1 %2（连接耗时 %3 毫秒）</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>BLOCKS</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>阻断：%1</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <source>Copied %1 as %2.</source>
        <translation>已将 %1 复制为 %2。</translation>
    </message>
    <message>
        <source>wrote %1 (%2 files, %3 bytes)</source>
        <translation>已写入 %1（%2 个文件，%3 字节）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>SOURCE -&gt; TARGET</source>
        <translation>源端 -&gt; 目标端</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>迁移项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>its run ended without stopping (killed or the machine went down); run it again to resume from its checkpoints</source>
        <translation>其运行未经停止就结束了（被终止或机器宕机）；再次运行即可从检查点继续</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>迁移项目</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>ROWS/S</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>EVENTS/S</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>RETRIES</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>LAG R/Q/A MS</source>
        <translation>延迟 读/队列/应用 毫秒</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>dead since %1</source>
        <translation>自 %1 起已停止</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>See the projects with &apos;ferry status&apos;.</source>
        <translation>用“ferry status”查看迁移项目。</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation>变更流</translation>
    </message>
    <message>
        <source>LAG</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Stream %1: %2 (as its last run saved it; the project is not running)</source>
        <translation>变更流 %1：%2（上次运行保存的状态；迁移项目未在运行）</translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation>变更流 %1：%2</translation>
    </message>
    <message>
        <source>Read position</source>
        <translation>读取位点</translation>
    </message>
    <message>
        <source>Applied position</source>
        <translation>应用位点</translation>
    </message>
    <message>
        <source>Last source commit</source>
        <translation>源端最近提交</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>事务数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation>尚无变更</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>INSERTS</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>UPDATES</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>DELETES</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>See the projects with &apos;ferry status&apos; (or &apos;ferry project list&apos;).</source>
        <translation>用“ferry status”（或“ferry project list”）查看迁移项目。</translation>
    </message>
    <message>
        <source>its run ended without stopping (killed, or the machine went down); run it again to resume where it was</source>
        <translation>其运行未经停止就结束了（被终止或机器宕机）；再次运行即可从中断处继续</translation>
    </message>
    <message>
        <source>Stream forward: not started (the incremental step reports here once it runs)</source>
        <translation>变更流 forward：尚未开始（增量同步运行后在此报告）</translation>
    </message>
    <message>
        <source>%1  %2%  %3 rows  %4 rows/s  %5 MB/s  ETA %6</source>
        <translation>%1  %2%  %3 行  %4 行/秒  %5 MB/秒  预计剩余 %6</translation>
    </message>
    <message>
        <source>  %1 [%2] %3% %4 rows %5/s %6 %7</source>
        <translation>  %1 [%2] %3% %4 行 %5/秒 %6 %7</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>table %1 -&gt; %2: copying %3 chunk(s)</source>
        <translation>表 %1 -&gt; %2：正在复制 %3 个分块</translation>
    </message>
    <message>
        <source>table %1 -&gt; %2: verifying</source>
        <translation>表 %1 -&gt; %2：正在校验</translation>
    </message>
    <message>
        <source>table %1: done, %2 rows</source>
        <translation>表 %1：完成，%2 行</translation>
    </message>
    <message>
        <source>table %1: FAILED: %2</source>
        <translation>表 %1：失败：%2</translation>
    </message>
    <message>
        <source>%1: %2% %3 rows, %4 rows/s, ETA %5</source>
        <translation>%1：%2% %3 行，%4 行/秒，预计剩余 %5</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Password of user %1 changed.</source>
        <translation>已修改用户 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation>用户 %1 现在是 %2。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已禁用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message>
        <source>%1 missing, %2 extra, %3 different, %4 duplicated</source>
        <translation>缺失 %1，多出 %2，不同 %3，重复 %4</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>未校验：%1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 rows, %4 (%5)</source>
        <translation>%1 -&gt; %2：%3 行，%4（%5）</translation>
    </message>
    <message>
        <source>Table %1: partitioned as on the source (%2).</source>
        <translation>表 %1：按源端方式分区（%2）。</translation>
    </message>
    <message>
        <source>its partition key is an expression</source>
        <translation>其分区键是表达式</translation>
    </message>
    <message>
        <source>it is sub-partitioned</source>
        <translation>它有子分区</translation>
    </message>
    <message>
        <source>the bound of partition %1 is not understood: %2</source>
        <translation>无法解析分区 %1 的边界：%2</translation>
    </message>
    <message>
        <source>it is partitioned by KEY () without a primary key</source>
        <translation>它按 KEY () 分区但没有主键</translation>
    </message>
    <message>
        <source>it is sub-partitioned (partition %1)</source>
        <translation>它有子分区（分区 %1）</translation>
    </message>
    <message>
        <source>step %1 started</source>
        <translation>步骤 %1 已开始</translation>
    </message>
    <message>
        <source>step %1 done</source>
        <translation>步骤 %1 已完成</translation>
    </message>
    <message>
        <source>%1 holds %2: values with Z or M coordinates have no MySQL type (its geometries are 2D)</source>
        <translation>%1 包含 %2：带 Z 或 M 坐标的值在 MySQL 中没有对应类型（MySQL 的几何类型是二维的）</translation>
    </message>
    <message>
        <source>Leave the column out with &quot;columns&quot;, or make its values 2D on the source (ST_Force2D) if the extra coordinates may go: Ferry does not drop them.</source>
        <translation>请用 &quot;columns&quot; 排除该列；如果可以舍弃多余的坐标，请先在源端将其转换为二维（ST_Force2D）：Ferry 不会自行丢弃坐标。</translation>
    </message>
    <message>
        <source>%1 on %2, %3 partitions</source>
        <translation>按 %2 进行 %1 分区，共 %3 个分区</translation>
    </message>
    <message>
        <source>SQLite has no partitioned tables</source>
        <translation>SQLite 不支持分区表</translation>
    </message>
    <message>
        <source>the target table is fed by other tables or split by a rule</source>
        <translation>目标表同时由其他表写入，或按规则拆分</translation>
    </message>
    <message>
        <source>it has no partitions</source>
        <translation>它没有分区</translation>
    </message>
    <message>
        <source>its partition column %1 is not copied</source>
        <translation>其分区列 %1 未被迁移</translation>
    </message>
    <message>
        <source>its partition column %1 is %2 on the target, which MySQL does not partition by</source>
        <translation>其分区列 %1 在目标端为 %2，MySQL 不能按该类型分区</translation>
    </message>
    <message>
        <source>the unique key (%1) does not hold the partition column %2, which %3 requires</source>
        <translation>唯一键（%1）不包含分区列 %2，而 %3 要求包含</translation>
    </message>
    <message>
        <source>MySQL has no FULLTEXT or SPATIAL index on a partitioned table (index %1)</source>
        <translation>MySQL 的分区表不支持 FULLTEXT 或 SPATIAL 索引（索引 %1）</translation>
    </message>
    <message>
        <source>it has a DEFAULT list partition, which MySQL does not take (MariaDB does)</source>
        <translation>它有 DEFAULT 列表分区，MySQL 不支持（MariaDB 支持）</translation>
    </message>
    <message>
        <source>partitioning of %1: MySQL ranges have upper bounds only, so rows the source would put in a gap between ranges, below the first or in its DEFAULT partition go to the next range (or to %2, the last one)</source>
        <translation>%1 的分区：MySQL 的范围分区只有上界，因此源端落在范围间隙、第一个范围之下或 DEFAULT 分区中的行，会进入下一个范围（或最后一个分区 %2）</translation>
    </message>
    <message>
        <source>its hash partitions have different moduli, which MySQL cannot express</source>
        <translation>其哈希分区的模数不一致，MySQL 无法表达</translation>
    </message>
    <message>
        <source>partitioning of %1: HASH becomes KEY with %2 partitions, and rows land in MySQL&apos;s own hash partitions, not in the same-named ones of the source</source>
        <translation>%1 的分区：HASH 变为 KEY 分区，共 %2 个分区；行按 MySQL 自己的哈希落入分区，而不是源端的同名分区</translation>
    </message>
    <message>
        <source>PostgreSQL partitions by LIST on one column only</source>
        <translation>PostgreSQL 的 LIST 分区只能基于一列</translation>
    </message>
    <message>
        <source>partitioning of %1: %2 becomes HASH with modulus %3, and rows land in PostgreSQL&apos;s own hash partitions, not in the same-named ones of the source</source>
        <translation>%1 的分区：%2 变为模数为 %3 的 HASH 分区；行按 PostgreSQL 自己的哈希落入分区，而不是源端的同名分区</translation>
    </message>
    <message>
        <source>a foreign key references it, and MySQL has no foreign keys on partitioned tables</source>
        <translation>有外键引用它，而 MySQL 的分区表不支持外键</translation>
    </message>
    <message>
        <source>it has foreign keys, and MySQL has none on partitioned tables</source>
        <translation>它有外键，而 MySQL 的分区表不支持外键</translation>
    </message>
    <message>
        <source>%1: the table is created as one table that keeps its columns, identity, keys, indexes and foreign keys (and those every partition has), without the partitioning</source>
        <translation>%1：创建为一张不分区的表，保留其列、自增标识、键、索引和外键（包括每个分区都有的那些）</translation>
    </message>
    <message>
        <source>partitioned as on the source (%1)</source>
        <translation>按源端方式分区（%1）</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>个线程</translation>
    </message>
    <message>
        <source>Worker threads a new project copies and verifies with.</source>
        <translation>新迁移项目复制和校验数据所用的工作线程数。</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Rows per chunk of a new project&apos;s full copy (a chunk is the unit of resume).</source>
        <translation>新迁移项目全量迁移时每个分块的行数（分块是断点续传的单位）。</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>Throttle of a new project&apos;s full copy in rows per second (0: none).</source>
        <translation>新迁移项目全量迁移的限速，单位为行/秒（0：不限速）。</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Throttle of a new project&apos;s full copy in bytes per second (0: none).</source>
        <translation>新迁移项目全量迁移的限速，单位为字节/秒（0：不限速）。</translation>
    </message>
    <message>
        <source>Rows per checksum slice of a verification.</source>
        <translation>全量校验每个校验和分片的行数。</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>How often a verification reads differing rows again before reporting them.</source>
        <translation>全量校验在报告不一致行之前重新读取它们的次数。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>How often a running project writes its heartbeat; three missed beats mark it interrupted.</source>
        <translation>运行中的迁移项目写入心跳的间隔；连续三次缺失心跳即标记为已中断。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>How long metric samples are kept.</source>
        <translation>监控指标样本的保留时长。</translation>
    </message>
    <message>
        <source>How long project log lines are kept.</source>
        <translation>迁移项目日志的保留时长。</translation>
    </message>
    <message>
        <source>How often alert rules are evaluated.</source>
        <translation>告警规则的评估间隔。</translation>
    </message>
    <message>
        <source>Where the /metrics endpoint listens (HOST:PORT).</source>
        <translation>/metrics 端点的监听地址（HOST:PORT）。</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>个字符</translation>
    </message>
    <message>
        <source>The shortest password a user may choose.</source>
        <translation>用户密码的最小长度。</translation>
    </message>
    <message>
        <source>Project failed</source>
        <translation>迁移项目失败</translation>
    </message>
    <message>
        <source>Paused at a schema change</source>
        <translation>因结构变更而暂停</translation>
    </message>
    <message>
        <source>Lag above a threshold</source>
        <translation>延迟超过阈值</translation>
    </message>
    <message>
        <source>Verification found differences</source>
        <translation>全量校验发现不一致</translation>
    </message>
    <message>
        <source>Source log retention at risk</source>
        <translation>源端日志保留期不足</translation>
    </message>
    <message>
        <source>Disk nearly full</source>
        <translation>磁盘即将写满</translation>
    </message>
    <message>
        <source>Run dead (stale heartbeat)</source>
        <translation>运行已失联（心跳过期）</translation>
    </message>
    <message>
        <source>s of lag</source>
        <translation>秒延迟</translation>
    </message>
    <message>
        <source>hours of log left</source>
        <translation>小时日志余量</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% 已用</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>the tables and views the extension owns (%1) are not copied: CREATE EXTENSION creates them on a PostgreSQL target</source>
        <translation>该扩展拥有的表和视图（%1）不会被复制：在 PostgreSQL 目标端执行 CREATE EXTENSION 即会创建它们</translation>
    </message>
</context>
</TS>
