<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>data source %1: the SQLite file path is empty</source>
        <translation>数据源 %1：SQLite 文件路径为空</translation>
    </message>
    <message>
        <source>Give the path of the database file (--path FILE).</source>
        <translation>请给出数据库文件的路径（--path FILE）。</translation>
    </message>
    <message>
        <source>data source %1: the folder %2 does not exist</source>
        <translation>数据源 %1：目录 %2 不存在</translation>
    </message>
    <message>
        <source>Create the folder first or choose a file in an existing folder.</source>
        <translation>请先创建该目录，或选择已存在目录中的文件。</translation>
    </message>
    <message>
        <source>data source %1: the host is empty</source>
        <translation>数据源 %1：主机为空</translation>
    </message>
    <message>
        <source>Give the server&apos;s host name or IP address (--host).</source>
        <translation>请给出数据库服务器的主机名或 IP 地址（--host）。</translation>
    </message>
    <message>
        <source>data source %1: the host &apos;%2&apos; contains a space</source>
        <translation>数据源 %1：主机“%2”包含空格</translation>
    </message>
    <message>
        <source>Give a host name or an IP address.</source>
        <translation>请给出主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>data source %1: port %2 is out of range</source>
        <translation>数据源 %1：端口 %2 超出范围</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (%3 is the default for %4).</source>
        <translation>请使用 1 到 65535 之间的端口（%4 的默认端口为 %3）。</translation>
    </message>
    <message>
        <source>data source %1: the user is empty</source>
        <translation>数据源 %1：用户为空</translation>
    </message>
    <message>
        <source>Give the database user name (--user).</source>
        <translation>请给出数据库用户名（--user）。</translation>
    </message>
    <message>
        <source>data source %1: the database is empty</source>
        <translation>数据源 %1：数据库为空</translation>
    </message>
    <message>
        <source>PostgreSQL connects to one database: give its name (--database).</source>
        <translation>PostgreSQL 连接到单个数据库：请给出数据库名（--database）。</translation>
    </message>
    <message>
        <source>data source %1: the CA file %2 does not exist</source>
        <translation>数据源 %1：CA 文件 %2 不存在</translation>
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
</context>
</TS>
