<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Ferry cannot start</source>
        <translation>Ferry 无法启动</translation>
    </message>
    <message>
        <source>the password cannot be saved while the vault is locked</source>
        <translation>保险库已锁定，无法保存密码</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>(to the end of the table)</source>
        <translation>（直到表末尾）</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>Incremental synchronization</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>Full verification</source>
        <translation>全量校验</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <source>Passwords unavailable</source>
        <translation>密码不可用</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>不保存并关闭</translation>
    </message>
</context>
<context>
    <name>ferry::ui::AlertChannelDialog</name>
    <message>
        <source>Edit alert channel %1</source>
        <translation>编辑告警通道 %1</translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation>添加告警通道</translation>
    </message>
    <message>
        <source>ops-mail</source>
        <translation>ops-mail</translation>
    </message>
    <message>
        <source>Webhook (JSON POST)</source>
        <translation>Webhook（JSON POST）</translation>
    </message>
    <message>
        <source>Local command</source>
        <translation>本地命令</translation>
    </message>
    <message>
        <source>Mail (SMTP relay)</source>
        <translation>邮件（SMTP 中继）</translation>
    </message>
    <message>
        <source>Desktop notification (system tray)</source>
        <translation>桌面通知（系统托盘）</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>The alert as JSON on its standard input and in FERRY_ALERT_LEVEL, _TITLE, _TEXT, _PROJECT.</source>
        <translation>告警以 JSON 形式写入其标准输入，并放入 FERRY_ALERT_LEVEL、_TITLE、_TEXT、_PROJECT 环境变量。</translation>
    </message>
    <message>
        <source>STARTTLS, required</source>
        <translation>STARTTLS（必需）</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>服务器支持时使用 STARTTLS</translation>
    </message>
    <message>
        <source>None (plain SMTP)</source>
        <translation>无（明文 SMTP）</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS)</source>
        <translation>从连接开始即用 TLS（SMTPS）</translation>
    </message>
    <message>
        <source>dba@db.lan, oncall@db.lan</source>
        <translation>dba@db.lan, oncall@db.lan</translation>
    </message>
    <message>
        <source>none: no AUTH</source>
        <translation>留空：不认证</translation>
    </message>
    <message>
        <source>(saved: leave empty to keep)</source>
        <translation>（已保存：留空则保持不变）</translation>
    </message>
    <message>
        <source>PEM of a private CA (optional)</source>
        <translation>私有 CA 的 PEM 文件（可选）</translation>
    </message>
    <message>
        <source>Relay host</source>
        <translation>中继主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Shown by the console in the system tray. Headless runs record it as not shown; an open console then shows it.</source>
        <translation>由控制台在系统托盘中显示。无界面运行时记录为未显示；打开的控制台随后会显示它。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ComponentsModel</name>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 毫秒</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>已失联</translation>
    </message>
    <message>
        <source>Dead since %1</source>
        <translation>自 %1 起失联</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Process %1 on %2 is gone or stopped publishing; last heard of at %3. Restart resumes the project from its checkpoints.</source>
        <translation>%2 上的进程 %1 已消失或停止上报；最后一次上报于 %3。重启将从检查点恢复该项目。</translation>
    </message>
    <message>
        <source>%1 of project %2, run %3, on %4</source>
        <translation>项目 %2 的 %1，运行 %3，位于 %4</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Process · thread</source>
        <translation>进程 · 线程</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位点</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Lag read / queue / apply</source>
        <translation>延迟 读取 / 队列 / 应用</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ComponentsTab</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Pause the component&apos;s run at its next checkpoint (the whole run stops: its components work together).</source>
        <translation>在下一个检查点暂停该组件所在的运行（整个运行都会停止：其组件协同工作）。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Resume the component&apos;s project in this console, from its checkpoints.</source>
        <translation>在本控制台中从检查点恢复该组件所属的项目。</translation>
    </message>
    <message>
        <source>Components not read: %1</source>
        <translation>未能读取组件：%1</translation>
    </message>
    <message>
        <source>No component is running on this machine.</source>
        <translation>本机没有正在运行的组件。</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dead</source>
        <translation>
            <numerusform>，%n 个已失联</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop component</source>
        <translation>停止组件</translation>
    </message>
    <message>
        <source>Stop %1 of project %2? Its run (process %3) pauses at its next checkpoint with every component of the run; Restart, or running the project again, resumes it.</source>
        <translation>停止项目 %2 的 %1？其运行（进程 %3）将与该运行的所有组件一起在下一个检查点暂停；重启或再次运行该项目即可恢复。</translation>
    </message>
    <message>
        <source>Not stopped</source>
        <translation>未停止</translation>
    </message>
    <message>
        <source>Restart component</source>
        <translation>重启组件</translation>
    </message>
    <message>
        <source>Resume project %1 in this console? Its run starts again from its checkpoints with all its components.</source>
        <translation>在本控制台中恢复项目 %1？其运行将连同所有组件从检查点重新开始。</translation>
    </message>
    <message>
        <source>Not restarted</source>
        <translation>未重启</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConsoleContext</name>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>encrypted vault (unlocked)</source>
        <translation>加密保险库（已解锁）</translation>
    </message>
    <message>
        <source>encrypted vault (locked)</source>
        <translation>加密保险库（已锁定）</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>project %1 is already running</source>
        <translation>项目 %1 已在运行</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (%2) may not %3 project &apos;%4&apos;: that takes the operator role (or administrator)</source>
        <translation>用户“%1”（%2）无权对项目“%4”执行%3：需要操作员角色（或管理员）</translation>
    </message>
    <message>
        <source>Sign in as a user with that role.</source>
        <translation>请以具有该角色的用户登录。</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; (%2) may not pause project &apos;%3&apos;: that takes the operator role (or administrator)</source>
        <translation>用户“%1”（%2）无权暂停项目“%3”：需要操作员角色（或管理员）</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DataSourceChoiceModel</name>
    <message>
        <source>New data source…</source>
        <translation>新建数据源…</translation>
    </message>
    <message>
        <source>Add a data source without leaving the wizard.</source>
        <translation>无需离开向导即可添加数据源。</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DataSourceDialog</name>
    <message>
        <source>Add data source</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <source>Edit data source %1</source>
        <translation>编辑数据源 %1</translation>
    </message>
    <message>
        <source>Copy data source %1</source>
        <translation>复制数据源 %1</translation>
    </message>
    <message>
        <source>1–32 characters, no spaces</source>
        <translation>1–32 个字符，不含空格</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>host:port[,host:port…]  e.g. 127.0.0.1:9092</source>
        <translation>host:port[,host:port…]  例如 127.0.0.1:9092</translation>
    </message>
    <message>
        <source>PLAINTEXT — no TLS, no SASL</source>
        <translation>PLAINTEXT — 无 TLS，无 SASL</translation>
    </message>
    <message>
        <source>SSL — TLS</source>
        <translation>SSL — TLS</translation>
    </message>
    <message>
        <source>SASL_PLAINTEXT — SASL without TLS</source>
        <translation>SASL_PLAINTEXT — SASL，无 TLS</translation>
    </message>
    <message>
        <source>SASL_SSL — SASL over TLS</source>
        <translation>SASL_SSL — 基于 TLS 的 SASL</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>Remove the saved password</source>
        <translation>删除已保存的密码</translation>
    </message>
    <message>
        <source>Reuse the saved password of %1</source>
        <translation>复用 %1 已保存的密码</translation>
    </message>
    <message>
        <source>Enter a password:</source>
        <translation>输入密码：</translation>
    </message>
    <message>
        <source>/path/to/database.sqlite</source>
        <translation>/path/to/database.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>disable — plain connection</source>
        <translation>disable — 明文连接</translation>
    </message>
    <message>
        <source>prefer — TLS when offered</source>
        <translation>prefer — 服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>require — TLS, not verified</source>
        <translation>require — TLS，不验证证书</translation>
    </message>
    <message>
        <source>verify-ca — TLS, certificate verified</source>
        <translation>verify-ca — TLS，验证证书</translation>
    </message>
    <message>
        <source>verify-full — TLS, certificate and host verified</source>
        <translation>verify-full — TLS，验证证书和主机</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>引导服务器：</translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation>安全协议：</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL 机制：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>saved — type to replace</source>
        <translation>已保存 — 输入以替换</translation>
    </message>
    <message>
        <source>TLS mode %1 needs the CA file of the server</source>
        <translation>TLS 模式 %1 需要服务器的 CA 文件</translation>
    </message>
    <message>
        <source>Choose the PEM file, or use &apos;require&apos; to encrypt without verifying.</source>
        <translation>请选择 PEM 文件，或使用“require”仅加密而不验证。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Connected to %1 %2 in %3 ms.</source>
        <translation>已连接到 %1 %2，耗时 %3 毫秒。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DataSourcePage</name>
    <message>
        <source>Data Source Management</source>
        <translation>数据源管理</translation>
    </message>
    <message>
        <source>Databases Ferry reads from and writes to. Passwords are kept in the OS keychain or the encrypted vault, never in the store.</source>
        <translation>Ferry 读取和写入的数据库。密码保存在系统密钥环或加密保险库中，从不写入存储库。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Search name, engine, endpoint…</source>
        <translation>搜索名称、引擎、地址…</translation>
    </message>
    <message>
        <source>No data sources yet. Click &lt;b&gt;Add&lt;/b&gt; to register the first database Ferry should read from or write to.</source>
        <translation>还没有数据源。点击&lt;b&gt;添加&lt;/b&gt;，登记 Ferry 要读取或写入的第一个数据库。</translation>
    </message>
    <message>
        <source>Cannot read the data sources: %1</source>
        <translation>无法读取数据源：%1</translation>
    </message>
    <message>
        <source>Select a data source</source>
        <translation>请选择一个数据源</translation>
    </message>
    <message>
        <source>&lt;b&gt;Engine&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;引擎&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bootstrap servers&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;引导服务器&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Security&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;安全协议&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;SASL&lt;/b&gt; %1 as %2</source>
        <translation>&lt;b&gt;SASL&lt;/b&gt; %1，用户 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;CA file&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;CA 文件&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client id&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;客户端 ID&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;密码&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;File&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;文件&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoint&lt;/b&gt; %1:%2</source>
        <translation>&lt;b&gt;地址&lt;/b&gt; %1:%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;用户&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;数据库&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schema&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;模式&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;TLS&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remark&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;备注&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Last test %1: %2</source>
        <translation>最近测试 %1：%2</translation>
    </message>
    <message>
        <source>Not tested yet: use Test connection to check the server and what migrations it allows.</source>
        <translation>尚未测试：使用“测试连接”检查服务器及其支持的迁移。</translation>
    </message>
    <message>
        <source>the vault is locked: nothing was saved</source>
        <translation>保险库已锁定：未保存任何内容</translation>
    </message>
    <message>
        <source>Data source in use</source>
        <translation>数据源正在使用</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it is used by %2.

Delete those projects, or point them to another data source, first.</source>
        <translation>无法删除 %1：%2 正在使用它。

请先删除这些项目，或将它们指向其他数据源。</translation>
    </message>
    <message>
        <source>Delete the data source %1 (%2)?
Its saved password is deleted too.</source>
        <translation>删除数据源 %1（%2）？
其已保存的密码也会一并删除。</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>删除数据源</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DataSourceTableModel</name>
    <message>
        <source>Not tested</source>
        <translation>未测试</translation>
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
        <source>Endpoint</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最近测试</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>测试时间</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DiagnosisTab</name>
    <message>
        <source>Press Diagnose to look at every project&apos;s risks.</source>
        <translation>点击“诊断”查看所有项目的风险。</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>诊断包的保存目录</translation>
    </message>
    <message>
        <source>Write diagnostic bundle</source>
        <translation>生成诊断包</translation>
    </message>
    <message>
        <source>One .tar.gz with the logs, definitions, server versions, the risk board, metrics and versions; passwords and secrets removed.</source>
        <translation>一个 .tar.gz 文件，包含日志、定义、服务器版本、风险看板、指标和版本信息；已移除密码和密钥。</translation>
    </message>
    <message>
        <source>Diagnostic bundle</source>
        <translation>诊断包</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>Diagnosis: risks and failed steps</source>
        <translation>诊断：风险与失败步骤</translation>
    </message>
    <message>
        <source>Looking at every project&apos;s sources…</source>
        <translation>正在检查所有项目的数据源…</translation>
    </message>
    <message>
        <source>The risk board could not look: %1</source>
        <translation>风险看板无法检查：%1</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose one that exists.</source>
        <translation>%1 不是目录：请选择一个已存在的目录。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 (%p%)</source>
        <translation>%1（%p%）</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>无法写入诊断包：%1</translation>
    </message>
    <message>
        <source>Written: %1 (%2 files, %3 KiB)</source>
        <translation>已写入：%1（%2 个文件，%3 KiB）</translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation>未收集：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::HelpPanel</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Concepts and procedures, offline</source>
        <translation>概念与操作步骤（离线）</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Create a migration</source>
        <translation>创建迁移</translation>
    </message>
    <message>
        <source>Verify and cut over</source>
        <translation>校验与正向切换</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Files and commands</source>
        <translation>文件与命令</translation>
    </message>
</context>
<context>
    <name>ferry::ui::IncrementalPanel</name>
    <message>
        <source>Forward (source → target)</source>
        <translation>正向（源端 → 目标端）</translation>
    </message>
    <message>
        <source>Reverse (target → source)</source>
        <translation>反向（目标端 → 源端）</translation>
    </message>
    <message>
        <source>The incremental step has not started yet. It starts after the full copy (at once in a project without one) and shows here where its change stream stands: state, positions, lag and the changes per table.</source>
        <translation>增量步骤尚未开始。它在全量复制之后开始（没有全量复制的项目会立即开始），并在此显示其变更流的情况：状态、位点、延迟以及各表的变更数。</translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation>正向切换…</translation>
    </message>
    <message>
        <source>Paused at a schema change</source>
        <translation>因结构变更而暂停</translation>
    </message>
    <message>
        <source>The statement as the source logged it. Edit it into the target&apos;s dialect to run your own statement instead.</source>
        <translation>源端记录的原始语句。可将其改写为目标端的方言，改为执行你自己的语句。</translation>
    </message>
    <message>
        <source>Apply as shown</source>
        <translation>按原样应用</translation>
    </message>
    <message>
        <source>Run the statement on the target as the source logged it, and resume</source>
        <translation>在目标端按源端记录的原样执行该语句，然后恢复</translation>
    </message>
    <message>
        <source>Apply edited statement</source>
        <translation>应用编辑后的语句</translation>
    </message>
    <message>
        <source>Run the statement as edited above on the target instead, and resume</source>
        <translation>改为在目标端执行上方编辑后的语句，然后恢复</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Leave the target as it is, and resume</source>
        <translation>保持目标端不变，然后恢复</translation>
    </message>
    <message>
        <source>Stop the project</source>
        <translation>停止项目</translation>
    </message>
    <message>
        <source>Decide nothing: the project stays stopped at this statement</source>
        <translation>暂不决定：项目停留在该语句处</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>The stream saves where it stands every few seconds. Its applied position is committed in the target with the rows it covers: a stopped or failed stream resumes exactly there. Lag runs from the source&apos;s commit to the target&apos;s.</source>
        <translation>变更流每隔几秒保存一次当前位置。应用位点与其覆盖的行一起在目标端提交：停止或失败的变更流会从该处准确恢复。延迟从源端提交算到目标端提交。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>no lag measured yet</source>
        <translation>尚未测得延迟</translation>
    </message>
    <message>
        <source>%1 (when last saved; the project is not running)</source>
        <translation>%1（最近保存时；项目未在运行）</translation>
    </message>
    <message>
        <source>Committed in the target at %1</source>
        <translation>于 %1 在目标端提交</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No transaction applied yet to measure it by</source>
        <translation>尚无已应用的事务可供测量</translation>
    </message>
    <message>
        <source>%1 ms from the source&apos;s commit to the target&apos;s</source>
        <translation>从源端提交到目标端提交 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1（%2 个事件）</translation>
    </message>
    <message>
        <source>The %1 stream stopped before the source transaction at %2, a schema change Ferry does not apply by itself; nothing after it is lost. Apply it, or edit it into the target&apos;s dialect and apply that, or skip it (each resumes the project), or stop here.</source>
        <translation>%1 变更流在源端事务 %2 之前停止，该事务是一个 Ferry 不会自动应用的结构变更；其后的变更不会丢失。可以应用它，或将其改写为目标端方言后应用，或跳过它（以上均会恢复项目），也可以停在这里。</translation>
    </message>
    <message>
        <source>Decided: apply as shown; the next run carries it out.</source>
        <translation>已决定：按原样应用；下次运行时执行。</translation>
    </message>
    <message>
        <source>Decided: skip; the next run goes on without it.</source>
        <translation>已决定：跳过；下次运行时不执行它继续。</translation>
    </message>
    <message>
        <source>Decided: run the statement above instead; the next run carries it out.</source>
        <translation>已决定：改为执行上方的语句；下次运行时执行。</translation>
    </message>
    <message>
        <source>Undecided: the project stays stopped here until you choose.</source>
        <translation>未决定：项目停留在此处，直到你作出选择。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LoginDialog</name>
    <message>
        <source>Sign in to Ferry</source>
        <translation>登录 Ferry</translation>
    </message>
    <message>
        <source>Several people work with this store (%1). Say who you are: what you may do follows your role.</source>
        <translation>多人使用此存储库（%1）。请说明你的身份：你能做什么取决于你的角色。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LogsTab</name>
    <message>
        <source>All of Ferry</source>
        <translation>Ferry 全部</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Text in the line…</source>
        <translation>行内文本…</translation>
    </message>
    <message>
        <source>Category (ferry.engine)…</source>
        <translation>类别（ferry.engine）…</translation>
    </message>
    <message>
        <source>Thread (a component&apos;s)…</source>
        <translation>线程（某个组件的）…</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>实时跟踪</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>第一个错误</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · log file %1</source>
        <translation>
            <numerusform>%n 行 · 日志文件 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No warning or error among these lines.</source>
        <translation>这些行中没有警告或错误。</translation>
    </message>
    <message>
        <source>First error (%1, %2): %3</source>
        <translation>第一个错误（%1，%2）：%3</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Migration &amp; sync console</source>
        <translation>迁移与同步控制台</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Data Migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>Data Synchronization</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Data Source Management</source>
        <translation>数据源管理</translation>
    </message>
    <message>
        <source>O&amp;M and Monitoring</source>
        <translation>运维监控</translation>
    </message>
    <message>
        <source>System Management</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储库：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MasterPasswordDialog</name>
    <message>
        <source>Create the secret vault</source>
        <translation>创建密钥保险库</translation>
    </message>
    <message>
        <source>Unlock the secret vault</source>
        <translation>解锁密钥保险库</translation>
    </message>
    <message>
        <source>No OS keychain is reachable, so Ferry keeps passwords in an encrypted vault:
%1
Choose a master password. It cannot be recovered: without it the saved passwords must be entered again.</source>
        <translation>无法访问系统密钥环，因此 Ferry 将密码保存在加密保险库中：
%1
请设置主密码。主密码无法找回：丢失后必须重新输入所有已保存的密码。</translation>
    </message>
    <message>
        <source>Saved passwords are in the encrypted vault
%1
Enter its master password.</source>
        <translation>已保存的密码位于加密保险库
%1
请输入其主密码。</translation>
    </message>
    <message>
        <source>Master password:</source>
        <translation>主密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MetricsChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MetricsTab</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Project totals</source>
        <translation>项目合计</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>KiB/秒</translation>
    </message>
    <message>
        <source>Lag by stage</source>
        <translation>各阶段延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Queues, retries, errors</source>
        <translation>队列、重试、错误</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>使用率 %</translation>
    </message>
    <message>
        <source>Metrics not read: %1</source>
        <translation>未能读取指标：%1</translation>
    </message>
    <message>
        <source>No metrics recorded in this range yet: runs record them at their heartbeat.</source>
        <translation>此时间范围内尚无指标：运行会在心跳时记录指标。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个数据点</numerusform>
        </translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/秒</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>队列深度</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Metrics not exported to %1: %2. Choose a folder you may write to.</source>
        <translation>未能将指标导出到 %1：%2。请选择你有写权限的目录。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 个数据点到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::MigrationPage</name>
    <message>
        <source>Data Migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>Projects that move a database: schema, full data and verification, resumable from their checkpoints.</source>
        <translation>迁移整个数据库的项目：结构、全量数据与校验，可从检查点恢复。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Edit parameters</source>
        <translation>编辑参数</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>按名称搜索…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>No migration projects yet.&lt;br&gt;Click &lt;b&gt;Create&lt;/b&gt; to plan one step by step, or &lt;b&gt;Import&lt;/b&gt; a project file (the same JSON &lt;code&gt;ferry run&lt;/code&gt; takes).</source>
        <translation>还没有迁移项目。&lt;br&gt;点击&lt;b&gt;创建&lt;/b&gt;逐步规划一个项目，或&lt;b&gt;导入&lt;/b&gt;项目文件（与 &lt;code&gt;ferry run&lt;/code&gt; 使用的 JSON 相同）。</translation>
    </message>
    <message>
        <source>Cannot read the projects</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot start the project</source>
        <translation>无法启动项目</translation>
    </message>
    <message>
        <source>Import a project file</source>
        <translation>导入项目文件</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>项目文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Export the project file</source>
        <translation>导出项目文件</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>Project not paused</source>
        <translation>项目未暂停</translation>
    </message>
    <message>
        <source>Not cloned</source>
        <translation>未克隆</translation>
    </message>
    <message>
        <source>Release project</source>
        <translation>释放项目</translation>
    </message>
    <message>
        <source>Release %1?
Its checkpoints are deleted: it cannot be resumed afterwards. Its log, verification results and the target&apos;s tables are kept.</source>
        <translation>释放 %1？
其检查点将被删除：之后无法再恢复。其日志、校验结果和目标端的表会保留。</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>未释放</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete the project %1 with its checkpoints, log and verification results?
The tables it created in the target are kept.</source>
        <translation>删除项目 %1 及其检查点、日志和校验结果？
它在目标端创建的表会保留。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MigrationTypeStep</name>
    <message>
        <source>Migration types</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>Choose what the project does. The types run in the order shown.</source>
        <translation>选择项目要做的工作。各类型按所示顺序执行。</translation>
    </message>
    <message>
        <source>Schema migration</source>
        <translation>结构迁移</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>全量迁移</translation>
    </message>
    <message>
        <source>Incremental synchronization</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>Full verification</source>
        <translation>全量校验</translation>
    </message>
    <message>
        <source>Reverse increment</source>
        <translation>反向增量</translation>
    </message>
    <message>
        <source>Creates the selected tables in the target: columns with mapped types, primary keys, then indexes and foreign keys as the options say.</source>
        <translation>在目标端创建所选的表：先建列（类型已映射）和主键，再按选项创建索引和外键。</translation>
    </message>
    <message>
        <source>Copies every row of the selected tables in parallel chunks. A stopped or crashed run resumes where it was.</source>
        <translation>以并行分块复制所选表的每一行。停止或崩溃的运行会从中断处恢复。</translation>
    </message>
    <message>
        <source>Streams the source&apos;s changes (MySQL/MariaDB binlog, PostgreSQL logical decoding, SQLite capture triggers) to the target after the full copy, until cutover.</source>
        <translation>全量复制之后，将源端的变更（MySQL/MariaDB binlog、PostgreSQL 逻辑解码、SQLite 捕获触发器）持续同步到目标端，直到切换。</translation>
    </message>
    <message>
        <source>Compares source and target row by row after the copy and reports each difference with the SQL that corrects it.</source>
        <translation>复制完成后逐行比对源端和目标端，报告每一处差异及修正它的 SQL。</translation>
    </message>
    <message>
        <source>After cutover, streams the target&apos;s changes back to the source so that a rollback loses nothing.</source>
        <translation>切换之后，将目标端的变更反向同步回源端，使回滚不丢失任何数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: the same engine family; column declarations are kept as the source spells them.</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;：同一引擎家族；列定义保持源端的写法。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: columns are converted by Ferry&apos;s type mapping; the Options step shows each one and lets you override it.</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;：列类型由 Ferry 的类型映射转换；“选项”步骤逐一列出并允许覆盖。</translation>
    </message>
    <message>
        <source>The source&apos;s last test found: %1</source>
        <translation>源端最近一次测试发现：%1</translation>
    </message>
    <message>
        <source>Capture installs triggers and a change log table in the source file; releasing the project removes them.</source>
        <translation>捕获会在源文件中安装触发器和一张变更日志表；释放项目时会移除它们。</translation>
    </message>
    <message>
        <source>Not available in this version of Ferry.</source>
        <translation>此版本的 Ferry 不提供该功能。</translation>
    </message>
    <message>
        <source>The target&apos;s last test found: %1</source>
        <translation>目标端最近一次测试发现：%1</translation>
    </message>
    <message>
        <source>Choose at least one migration type.</source>
        <translation>请至少选择一种迁移类型。</translation>
    </message>
    <message>
        <source>The source cannot stream its changes as its last test found it: uncheck incremental synchronization, or fix the source and test it again.</source>
        <translation>根据最近一次测试，源端无法输出变更流：请取消勾选增量同步，或修复源端后重新测试。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MigrationWizard</name>
    <message>
        <source>Edit migration project %1</source>
        <translation>编辑迁移项目 %1</translation>
    </message>
    <message>
        <source>Create migration project</source>
        <translation>创建迁移项目</translation>
    </message>
    <message>
        <source>Change the project&apos;s parameters. The precheck runs again before it is saved.</source>
        <translation>修改项目参数。保存前会重新运行预检查。</translation>
    </message>
    <message>
        <source>Move a database from one data source to another: schema, full data and verification.</source>
        <translation>将数据库从一个数据源迁移到另一个数据源：结构、全量数据与校验。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and resume</source>
        <translation>保存并恢复</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>保存并启动</translation>
    </message>
    <message>
        <source>Needs a passed precheck of the project as it is now.</source>
        <translation>需要项目当前状态的预检查通过。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Run the precheck to completion before starting the project.</source>
        <translation>启动项目前请先完成预检查。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MonitoringPage</name>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>O&amp;M and Monitoring</source>
        <translation>运维监控</translation>
    </message>
    <message>
        <source>Every running component, the metrics history, risks, logs and diagnosis.</source>
        <translation>所有运行中的组件、指标历史、风险、日志与诊断。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ObjectSelectionStep</name>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Choose the tables and columns to migrate, their target names and row filters.</source>
        <translation>选择要迁移的表和列、它们在目标端的名称以及行过滤条件。</translation>
    </message>
    <message>
        <source>This project has started: its tables, columns, names and types are fixed. Steps and options can still change.</source>
        <translation>该项目已启动：其表、列、名称和类型已固定。步骤和选项仍可修改。</translation>
    </message>
    <message>
        <source>patterns, e.g. *  or  orders*, customers</source>
        <translation>通配模式，例如 *  或  orders*, customers</translation>
    </message>
    <message>
        <source>patterns, e.g. tmp_*, *_backup</source>
        <translation>通配模式，例如 tmp_*, *_backup</translation>
    </message>
    <message>
        <source>Comma-separated patterns: * matches any characters, ? one. Without a dot a pattern matches table names; with one, database.table (MySQL) or schema.table (PostgreSQL). Names are case-sensitive. Exclusions win.</source>
        <translation>以逗号分隔的通配模式：* 匹配任意字符，? 匹配一个字符。不含点的模式匹配表名；含点的匹配 database.table（MySQL）或 schema.table（PostgreSQL）。名称区分大小写。排除规则优先。</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Find a table or column…</source>
        <translation>查找表或列…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>The source&apos;s tables could not be read</source>
        <translation>无法读取源端的表</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Rule preview</source>
        <translation>规则预览</translation>
    </message>
    <message>
        <source>The tables are read when a source is chosen.</source>
        <translation>选择源端后将读取其表。</translation>
    </message>
    <message>
        <source>Reading the tables of %1 on %2…</source>
        <translation>正在读取 %2 上 %1 的表…</translation>
    </message>
    <message>
        <source>the saved password of %1 cannot be read while the vault is locked</source>
        <translation>保险库已锁定，无法读取 %1 已保存的密码</translation>
    </message>
    <message>
        <source>Unlock the vault with Retry.</source>
        <translation>请点击“重试”解锁保险库。</translation>
    </message>
    <message>
        <source>%1 has no tables to migrate.</source>
        <translation>%1 没有可迁移的表。</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Give at least one include rule: * takes every table.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;请至少提供一条包含规则：* 表示所有表。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Include rule &lt;b&gt;%1&lt;/b&gt; matches no table: the precheck would fail. Correct or remove it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;包含规则 &lt;b&gt;%1&lt;/b&gt; 没有匹配任何表：预检查将失败。请修正或删除它。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a15c00&apos;&gt;Exclude rule &lt;b&gt;%1&lt;/b&gt; matches no table.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a15c00&apos;&gt;排除规则 &lt;b&gt;%1&lt;/b&gt; 没有匹配任何表。&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#6b7a8c&apos;&gt;%n table rule(s) of the project file apply by pattern and are kept as written.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#6b7a8c&apos;&gt;项目文件中有 %n 条表规则按通配模式生效，按原样保留。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tables selected · about %3 rows</source>
        <translation>已选 %1/%2 张表 · 约 %3 行</translation>
    </message>
    <message>
        <source>%1 migrated, %2 left out.</source>
        <translation>迁移 %1 张，排除 %2 张。</translation>
    </message>
    <message>
        <source>The preview appears once the tables are read.</source>
        <translation>读取表后将显示预览。</translation>
    </message>
    <message>
        <source>Reading the source&apos;s tables…</source>
        <translation>正在读取源端的表…</translation>
    </message>
    <message>
        <source>The source&apos;s tables could not be read: see why, then Retry.</source>
        <translation>无法读取源端的表：请查看原因，然后重试。</translation>
    </message>
    <message>
        <source>The source has no tables to migrate.</source>
        <translation>源端没有可迁移的表。</translation>
    </message>
    <message>
        <source>Give at least one include rule (* takes every table).</source>
        <translation>请至少提供一条包含规则（* 表示所有表）。</translation>
    </message>
    <message>
        <source>Include rule %1 matches no table: correct or remove it.</source>
        <translation>包含规则 %1 没有匹配任何表：请修正或删除它。</translation>
    </message>
    <message>
        <source>No table is selected: check at least one table, or widen the rules.</source>
        <translation>没有选择任何表：请至少勾选一张表，或放宽规则。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ObjectTreeModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Left out by the exclude rule &apos;%1&apos;.</source>
        <translation>被排除规则“%1”排除。</translation>
    </message>
    <message>
        <source>Left out: no include rule matches this table.</source>
        <translation>已排除：没有包含规则匹配该表。</translation>
    </message>
    <message>
        <source>The target table&apos;s name. Double-click to rename.</source>
        <translation>目标表的名称。双击以重命名。</translation>
    </message>
    <message>
        <source>A condition in the source&apos;s SQL, e.g. created_at &gt;= &apos;2020-01-01&apos;: only matching rows are copied. Double-click to edit.</source>
        <translation>源端 SQL 中的条件，例如 created_at &gt;= &apos;2020-01-01&apos;：仅复制匹配的行。双击以编辑。</translation>
    </message>
    <message>
        <source>The source&apos;s estimate of the table&apos;s rows.</source>
        <translation>源端对该表行数的估计。</translation>
    </message>
    <message>
        <source>No primary or unique key: the table is copied whole in one stream.</source>
        <translation>没有主键或唯一键：该表将在单个流中整体复制。</translation>
    </message>
    <message>
        <source>%1 · generated</source>
        <translation>%1 · 生成列</translation>
    </message>
    <message>
        <source>%1 · key</source>
        <translation>%1 · 键</translation>
    </message>
    <message>
        <source>A generated column: the target computes it, it is not copied.</source>
        <translation>生成列：由目标端计算，不复制。</translation>
    </message>
    <message>
        <source>The target column&apos;s name. Double-click to rename.</source>
        <translation>目标列的名称。双击以重命名。</translation>
    </message>
    <message>
        <source>Source table / column</source>
        <translation>源表 / 列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <source>Row filter</source>
        <translation>行过滤</translation>
    </message>
    <message>
        <source>Double-click a name to rename the table or column in the target.</source>
        <translation>双击名称可在目标端重命名表或列。</translation>
    </message>
    <message>
        <source>Double-click to give a table a row filter: a condition in the source&apos;s SQL; only matching rows are copied.</source>
        <translation>双击可为表设置行过滤：源端 SQL 中的条件；仅复制匹配的行。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::OptionsStep</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Tune how the data moves, and check how each column&apos;s type is mapped.</source>
        <translation>调整数据传输方式，并检查每一列的类型映射。</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> 个并发</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> rows/s</source>
        <translation> 行/秒</translation>
    </message>
    <message>
        <source> bytes/s</source>
        <translation> 字节/秒</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Rows per chunk: the unit of parallel work, of one target transaction and of a resume.</source>
        <translation>每个分块的行数：并行工作的单位，也是一个目标端事务和一次恢复的单位。</translation>
    </message>
    <message>
        <source>A throttle on rows per second, shared by all workers. 0: no limit.</source>
        <translation>每秒行数的限流值，由所有并发共享。0：不限。</translation>
    </message>
    <message>
        <source>A throttle on bytes per second, shared by all workers. 0: no limit.</source>
        <translation>每秒字节数的限流值，由所有并发共享。0：不限。</translation>
    </message>
    <message>
        <source>Shared by all workers; 0: no limit.</source>
        <translation>由所有并发共享；0：不限。</translation>
    </message>
    <message>
        <source>One target transaction, and the unit a resume redoes.</source>
        <translation>一个目标端事务，也是恢复时重做的单位。</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发数：</translation>
    </message>
    <message>
        <source>Rows per second:</source>
        <translation>每秒行数：</translation>
    </message>
    <message>
        <source>Bytes per second:</source>
        <translation>每秒字节数：</translation>
    </message>
    <message>
        <source>Chunk size:</source>
        <translation>分块大小：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>A target table that already holds rows fails the precheck: nothing is overwritten.</source>
        <translation>目标表中已有数据时预检查失败：不会覆盖任何数据。</translation>
    </message>
    <message>
        <source>Ignore existing rows</source>
        <translation>忽略已有行</translation>
    </message>
    <message>
        <source>Rows already in the target are kept; source rows whose key exists there are skipped.</source>
        <translation>保留目标端已有的行；主键已存在的源端行将被跳过。</translation>
    </message>
    <message>
        <source>Truncate first</source>
        <translation>先清空</translation>
    </message>
    <message>
        <source>The target table&apos;s rows are deleted before the copy starts.</source>
        <translation>复制开始前删除目标表中的行。</translation>
    </message>
    <message>
        <source>With the schema</source>
        <translation>随结构创建</translation>
    </message>
    <message>
        <source>Secondary indexes are created with the tables, before any row: simple, but the load is slower.</source>
        <translation>二级索引随表一起创建，在写入任何行之前：简单，但加载较慢。</translation>
    </message>
    <message>
        <source>After the full load</source>
        <translation>全量加载之后</translation>
    </message>
    <message>
        <source>Each table&apos;s secondary indexes are built once its rows are loaded: much faster.</source>
        <translation>每张表的行加载完成后再创建二级索引：快得多。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Secondary indexes and foreign keys are not created; primary keys always are.</source>
        <translation>不创建二级索引和外键；主键始终创建。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>A MySQL zero date (0000-00-00, 2024-00-10) stops its table and names the row.</source>
        <translation>MySQL 零日期（0000-00-00、2024-00-10）会使其所在表停止，并指出该行。</translation>
    </message>
    <message>
        <source>Write NULL</source>
        <translation>写入 NULL</translation>
    </message>
    <message>
        <source>Zero dates are written as NULL, into nullable columns only.</source>
        <translation>零日期写为 NULL，仅限可为空的列。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Zero dates are copied as they are where the target can hold them (MySQL family; SQLite as text); PostgreSQL refuses them.</source>
        <translation>在目标端能容纳时按原样复制零日期（MySQL 家族；SQLite 以文本保存）；PostgreSQL 会拒绝。</translation>
    </message>
    <message>
        <source>Non-empty target:</source>
        <translation>目标端非空：</translation>
    </message>
    <message>
        <source>Secondary indexes:</source>
        <translation>二级索引：</translation>
    </message>
    <message>
        <source>Zero dates:</source>
        <translation>零日期：</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>小写</translation>
    </message>
    <message>
        <source>PostgreSQL targets: tables, columns and indexes get lower-case names, so queries need no quotes. Names you set are kept.</source>
        <translation>PostgreSQL 目标端：表、列和索引使用小写名称，查询无需加引号。你设置的名称保持不变。</translation>
    </message>
    <message>
        <source>Target names:</source>
        <translation>目标端名称：</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Target policies</source>
        <translation>目标端策略</translation>
    </message>
    <message>
        <source>Find a table, column or type…</source>
        <translation>查找表、列或类型…</translation>
    </message>
    <message>
        <source>Only columns whose type changes</source>
        <translation>仅显示类型有变化的列</translation>
    </message>
    <message>
        <source>Hide the exact mappings: show widened, lossy and unsupported columns and your overrides.</source>
        <translation>隐藏完全一致的映射：显示被放宽、有损和不支持的列以及你的覆盖设置。</translation>
    </message>
    <message>
        <source>Double-click a target type to declare the column yourself; clear it to return to Ferry&apos;s choice.</source>
        <translation>双击目标类型可自行声明该列；清空则恢复为 Ferry 的选择。</translation>
    </message>
    <message>
        <source>Type mapping</source>
        <translation>类型映射</translation>
    </message>
    <message>
        <source>Only MySQL-family sources hold zero dates.</source>
        <translation>只有 MySQL 家族的源端存在零日期。</translation>
    </message>
    <message>
        <source>Only PostgreSQL targets fold names to lower case.</source>
        <translation>只有 PostgreSQL 目标端会将名称转为小写。</translation>
    </message>
    <message>
        <source>Parallel readers; an SQLite target takes one writer.</source>
        <translation>并行读取；SQLite 目标端只能有一个写入者。</translation>
    </message>
    <message>
        <source>Parallel workers, each a reader and a writer.</source>
        <translation>并行工作者，每个都包含一个读取者和一个写入者。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b7a8c&apos;&gt;No column is selected.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7a8c&apos;&gt;未选择任何列。&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1f7a4d&apos;&gt;%1 exact&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f7a4d&apos;&gt;%1 个一致&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2f6fb0&apos;&gt;%1 widened&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2f6fb0&apos;&gt;%1 个放宽&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a15c00&apos;&gt;%1 lossy&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a15c00&apos;&gt;%1 个有损&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 unsupported&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;%1 个不支持&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6a3db8&apos;&gt;%1 overridden&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6a3db8&apos;&gt;%1 个已覆盖&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ferry::ui::OverviewPage</name>
    <message>
        <source>Migration projects</source>
        <translation>迁移项目</translation>
    </message>
    <message>
        <source>Synchronization projects</source>
        <translation>同步项目</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Projects, data sources and this machine&apos;s resources, with help.</source>
        <translation>项目、数据源和本机资源，以及帮助。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PrecheckModel</name>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>%1

Definition:
%2</source>
        <translation>%1

定义：
%2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PrecheckStep</name>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Ferry checks connections, privileges, tables, names and types before anything is written.</source>
        <translation>Ferry 在写入任何数据之前检查连接、权限、表、名称和类型。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The precheck runs when you reach this step.</source>
        <translation>进入此步骤时运行预检查。</translation>
    </message>
    <message>
        <source>Run precheck</source>
        <translation>运行预检查</translation>
    </message>
    <message>
        <source>Checking connections, privileges, tables and types…</source>
        <translation>正在检查连接、权限、表和类型…</translation>
    </message>
    <message>
        <source>The precheck could not run: the vault holding the data sources&apos; passwords is locked.</source>
        <translation>无法运行预检查：保存数据源密码的保险库已锁定。</translation>
    </message>
    <message>
        <source>The precheck could not run: %1</source>
        <translation>无法运行预检查：%1</translation>
    </message>
    <message>
        <source>Precheck passed: %1 warning(s), %2 note(s), %3 check(s) passed. Save the project, or save and start it.</source>
        <translation>预检查通过：%1 个警告，%2 条提示，%3 项检查通过。请保存项目，或保存并启动。</translation>
    </message>
    <message>
        <source>Precheck failed: %1 error(s), %2 warning(s). The Fix column says what to do; go back to change the project, then run it again.</source>
        <translation>预检查未通过：%1 个错误，%2 个警告。“修正方法”一列给出处理办法；请返回修改项目，然后重新运行。</translation>
    </message>
    <message>
        <source>The precheck was cancelled. Run it again before starting the project.</source>
        <translation>预检查已取消。启动项目前请重新运行。</translation>
    </message>
    <message>
        <source>The precheck is running…</source>
        <translation>预检查正在运行…</translation>
    </message>
    <message numerus="yes">
        <source>The precheck found %n error(s): fix them before saving.</source>
        <translation>
            <numerusform>预检查发现 %n 个错误：请在保存前修正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProbeFindingsModel</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源端</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProjectDetails</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计剩余</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>Chunks done</source>
        <translation>已完成分块</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rows committed</source>
        <translation>已提交行数</translation>
    </message>
    <message>
        <source>Last committed key</source>
        <translation>最后提交的键</translation>
    </message>
    <message>
        <source>Each table is copied in chunks recorded here. A chunk is committed in one target transaction; after a stop or crash, chunks in flight are redone exactly once.</source>
        <translation>每张表按分块复制，分块记录于此。每个分块在一个目标端事务中提交；停止或崩溃后，进行中的分块会恰好重做一次。</translation>
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
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key or row</source>
        <translation>键或行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>源端值</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标端值</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未校验。</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>报告（HTML）…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Correction SQL…</source>
        <translation>修正 SQL…</translation>
    </message>
    <message>
        <source>Incremental synchronization</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2 rows compared</source>
        <translation>正在校验… 已比对 %1/%2 行</translation>
    </message>
    <message>
        <source>%1 · %2 rows/s · ETA %3</source>
        <translation>%1 · %2 行/秒 · 预计剩余 %3</translation>
    </message>
    <message>
        <source>%1 → %2 · concurrency %3 · non-empty target: %4%5</source>
        <translation>%1 → %2 · 并发 %3 · 目标端非空：%4%5</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已停止：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>尚无采样</translation>
    </message>
    <message>
        <source>Not verified yet. Verify compares every row of source and target and names each difference.</source>
        <translation>尚未校验。校验会比对源端和目标端的每一行，并指出每一处差异。</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>已校验 %1</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>有差异</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>missing in target</source>
        <translation>目标端缺失</translation>
    </message>
    <message>
        <source>only in target</source>
        <translation>仅目标端存在</translation>
    </message>
    <message>
        <source>different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>duplicated ×%1</source>
        <translation>重复 ×%1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Verification failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;校验失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Switched over already: the reverse increment keeps the old database in step.</source>
        <translation>已完成正向切换：反向增量使旧数据库保持同步。</translation>
    </message>
    <message>
        <source>The incremental step has not started yet.</source>
        <translation>增量步骤尚未开始。</translation>
    </message>
    <message>
        <source>A switchover is under way.</source>
        <translation>正在进行正向切换。</translation>
    </message>
    <message>
        <source>The project is busy: wait for its verification to end.</source>
        <translation>项目正忙：请等待其校验结束。</translation>
    </message>
    <message>
        <source>The project is released.</source>
        <translation>项目已释放。</translation>
    </message>
    <message>
        <source>The forward stream is %1.</source>
        <translation>正向变更流状态：%1。</translation>
    </message>
    <message>
        <source>Catch up, check that the source is quiet, verify the changed tables, record the positions, stop the forward stream and start the reverse increment, so the old database stays a live fallback.</source>
        <translation>追平延迟，确认源端已无写入，校验有变更的表，记录位点，停止正向变更流并启动反向增量，使旧数据库成为可随时回退的备用库。</translation>
    </message>
    <message>
        <source>The stream is paused at a schema change: decide about it first.</source>
        <translation>变更流因结构变更而暂停：请先对其作出决定。</translation>
    </message>
    <message>
        <source>The stream is retrying a lost connection: wait until it streams again.</source>
        <translation>变更流正在重试断开的连接：请等待其恢复同步。</translation>
    </message>
    <message>
        <source>The stream failed: resume the project and let it catch up first.</source>
        <translation>变更流失败：请先恢复项目并等待其追平。</translation>
    </message>
    <message>
        <source>Switch over %1?</source>
        <translation>正向切换 %1？</translation>
    </message>
    <message>
        <source>Ferry catches up with %1, checks that it has had no writes to the project&apos;s tables for %2 s, verifies the tables the stream changed, records the switchover positions, stops the forward stream for good and starts the reverse increment (%3 → %1), so the old database stays a live fallback.

Stop the applications that write to %1 first. Switch over now?</source>
        <translation>Ferry 将追平 %1 的延迟，确认项目的表在 %2 秒内没有写入，校验变更流改动过的表，记录正向切换位点，永久停止正向变更流并启动反向增量（%3 → %1），使旧数据库成为可随时回退的备用库。

请先停止向 %1 写入的应用程序。现在执行正向切换吗？</translation>
    </message>
    <message>
        <source>Skip the schema change?</source>
        <translation>跳过该结构变更？</translation>
    </message>
    <message>
        <source>The target keeps its shape and the stream goes on after the statement; rows that need the change may then fail to apply. The statement stays in the project&apos;s log. Skip it and resume?</source>
        <translation>目标端保持现有结构，变更流在该语句之后继续；依赖该变更的行可能因此应用失败。该语句会保留在项目日志中。跳过并恢复吗？</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>决定未记录</translation>
    </message>
    <message>
        <source>Cannot resume %1</source>
        <translation>无法恢复 %1</translation>
    </message>
    <message>
        <source>there is no verification to export</source>
        <translation>没有可导出的校验结果</translation>
    </message>
    <message>
        <source>Verify the project first.</source>
        <translation>请先校验项目。</translation>
    </message>
    <message>
        <source>Export verification</source>
        <translation>导出校验结果</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>ignore existing rows</source>
        <translation>忽略已有行</translation>
    </message>
    <message>
        <source>truncate first</source>
        <translation>先清空</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ProjectTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source → Target</source>
        <translation>源端 → 目标端</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ResourcePanel</name>
    <message>
        <source>Resources on this machine</source>
        <translation>本机资源</translation>
    </message>
    <message>
        <source>Live, every %1 s</source>
        <translation>实时，每 %1 秒</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ResourceUsageModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Used by every process on this machine</source>
        <translation>本机所有进程的用量</translation>
    </message>
    <message>
        <source>Used by this Ferry process and its files</source>
        <translation>本 Ferry 进程及其文件的用量</translation>
    </message>
    <message>
        <source>Reserved by running projects: worker threads and memory budgets</source>
        <translation>运行中项目预留的资源：工作线程和内存预算</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message numerus="yes">
        <source>%n worker</source>
        <translation>
            <numerusform>%n 个工作线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <translation>
            <numerusform>%n 个工作线程</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message numerus="yes">
        <source>%n core</source>
        <translation>
            <numerusform>%n 核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n 核</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker threads reserved by running projects: %1</source>
        <translation>运行中项目预留的工作线程：%1</translation>
    </message>
    <message>
        <source> (%1 of the cores)</source>
        <translation>（占 %1 的核数）</translation>
    </message>
    <message>
        <source>Projects reserve no disk space: the store grows with their checkpoints</source>
        <translation>项目不预留磁盘空间：存储库随其检查点增长</translation>
    </message>
    <message>
        <source>The store with its write-ahead log, the vault and the logs</source>
        <translation>存储库及其预写日志、保险库和日志</translation>
    </message>
    <message>
        <source>The file system that holds the store</source>
        <translation>存放存储库的文件系统</translation>
    </message>
    <message>
        <source>%1 of the total</source>
        <translation>占总量的 %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RisksTab</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Binlog retention</source>
        <translation>Binlog 保留</translation>
    </message>
    <message>
        <source>Slot WAL</source>
        <translation>复制槽 WAL</translation>
    </message>
    <message>
        <source>Slot of a paused project</source>
        <translation>已暂停项目的复制槽</translation>
    </message>
    <message>
        <source>Orphan slot</source>
        <translation>孤立复制槽</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>失败的步骤</translation>
    </message>
    <message>
        <source>Store disk</source>
        <translation>存储库磁盘</translation>
    </message>
    <message>
        <source>Source unreachable</source>
        <translation>源端不可达</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>Looking at the projects&apos; sources…</source>
        <translation>正在检查各项目的源端…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>The risk board could not look (%1): %2</source>
        <translation>风险看板无法检查（%1）：%2</translation>
    </message>
    <message>
        <source>No risks at %1: every stream keeps the log it needs.</source>
        <translation>%1 时没有风险：每个变更流所需的日志都已保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) at %1. Rates need two looks: the board looks again every 15 s.</source>
        <translation>
            <numerusform>%1 时有 %n 项风险。速率需要两次检查：看板每 15 秒检查一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::RulePreviewModel</name>
    <message>
        <source>exclude rule %1</source>
        <translation>排除规则 %1</translation>
    </message>
    <message>
        <source>no include rule matches</source>
        <translation>没有匹配的包含规则</translation>
    </message>
    <message>
        <source>unchecked in the list</source>
        <translation>在列表中未勾选</translation>
    </message>
    <message>
        <source>include rule %1</source>
        <translation>包含规则 %1</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SourceTargetStep</name>
    <message>
        <source>Source and target</source>
        <translation>源端与目标端</translation>
    </message>
    <message>
        <source>Name the project and choose where the data comes from and where it goes.</source>
        <translation>为项目命名，并选择数据的来源和去向。</translation>
    </message>
    <message>
        <source>e.g. shop-to-reporting</source>
        <translation>例如 shop-to-reporting</translation>
    </message>
    <message>
        <source>comma-separated, e.g. q4-cutover, shop</source>
        <translation>以逗号分隔，例如 q4-cutover, shop</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Choose a data source…</source>
        <translation>选择数据源…</translation>
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
        <source>The database the data is read from.</source>
        <translation>读取数据的数据库。</translation>
    </message>
    <message>
        <source>The database the data is written to.</source>
        <translation>写入数据的数据库。</translation>
    </message>
    <message>
        <source>%1 (written in the project file)</source>
        <translation>%1（写在项目文件中）</translation>
    </message>
    <message>
        <source>A project keeps its name, source and target; its tags can change.</source>
        <translation>项目的名称、源端和目标端保持不变；标签可以修改。</translation>
    </message>
    <message>
        <source>Enter a name: 1 to %1 characters, no spaces.</source>
        <translation>请输入名称：1 到 %1 个字符，不含空格。</translation>
    </message>
    <message>
        <source>The name has %1 characters: at most %2 are allowed.</source>
        <translation>名称有 %1 个字符：最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The name must not contain spaces: use - or _ instead.</source>
        <translation>名称不能包含空格：请改用 - 或 _。</translation>
    </message>
    <message>
        <source>Checking the name…</source>
        <translation>正在检查名称…</translation>
    </message>
    <message>
        <source>Cannot check the name: %1</source>
        <translation>无法检查名称：%1</translation>
    </message>
    <message>
        <source>A project named %1 already exists: choose another name.</source>
        <translation>名为 %1 的项目已存在：请换一个名称。</translation>
    </message>
    <message>
        <source>✓ The name is free.</source>
        <translation>✓ 名称可用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;&lt;span style=&apos;color:#6b7a8c&apos;&gt;An endpoint written in the project file.&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;&lt;span style=&apos;color:#6b7a8c&apos;&gt;写在项目文件中的连接地址。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;The data source %1 no longer exists.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;数据源 %1 已不存在。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b7a8c&apos;&gt;No data sources are saved yet: choose &lt;b&gt;New data source…&lt;/b&gt; in the list to add one.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7a8c&apos;&gt;尚未保存任何数据源：在列表中选择&lt;b&gt;新建数据源…&lt;/b&gt;来添加。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b7a8c&apos;&gt;Choose a saved data source, or &lt;b&gt;New data source…&lt;/b&gt; to add one.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7a8c&apos;&gt;请选择一个已保存的数据源，或选择&lt;b&gt;新建数据源…&lt;/b&gt;来添加。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>%1:%2 · database %3 · schema %4</source>
        <translation>%1:%2 · 数据库 %3 · 模式 %4</translation>
    </message>
    <message>
        <source>%1:%2 · &lt;i&gt;no database chosen&lt;/i&gt;</source>
        <translation>%1:%2 · &lt;i&gt;未选择数据库&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1:%2 · database %3</source>
        <translation>%1:%2 · 数据库 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b7a8c&apos;&gt;Not tested yet: test it on the Data Source Management page so the wizard can tell what it allows.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7a8c&apos;&gt;尚未测试：请在“数据源管理”页面测试，以便向导判断其支持的功能。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Last test %2: %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;最近测试 %2：%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ A source needs a database: edit the data source and name the database to read.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;⚠ 源端需要指定数据库：请编辑该数据源并填写要读取的数据库。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the saved data sources…</source>
        <translation>正在读取已保存的数据源…</translation>
    </message>
    <message>
        <source>Cannot read the data sources: %1</source>
        <translation>无法读取数据源：%1</translation>
    </message>
    <message>
        <source>Choose the source data source.</source>
        <translation>请选择源端数据源。</translation>
    </message>
    <message>
        <source>Choose the target data source.</source>
        <translation>请选择目标端数据源。</translation>
    </message>
    <message>
        <source>The data source %1 no longer exists.</source>
        <translation>数据源 %1 已不存在。</translation>
    </message>
    <message>
        <source>The source and the target are the same data source: choose another target.</source>
        <translation>源端和目标端是同一个数据源：请选择其他目标端。</translation>
    </message>
    <message>
        <source>The source %1 names no database: edit it on the Data Source Management page.</source>
        <translation>源端 %1 未指定数据库：请在“数据源管理”页面编辑它。</translation>
    </message>
    <message>
        <source>The target %1 names no database: edit it on the Data Source Management page.</source>
        <translation>目标端 %1 未指定数据库：请在“数据源管理”页面编辑它。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::StateText</name>
    <message>
        <source>schema</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>full</source>
        <translation>全量</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>反向增量</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>复制中</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>创建索引中</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>读取器</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>写入器</translation>
    </message>
    <message>
        <source>change reader</source>
        <translation>变更读取器</translation>
    </message>
    <message>
        <source>applier</source>
        <translation>应用器</translation>
    </message>
    <message>
        <source>verifier</source>
        <translation>校验器</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>输出端</translation>
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
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
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
        <source>OceanBase (MySQL mode)</source>
        <translation>OceanBase（MySQL 模式）</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SwitchoverDialog</name>
    <message>
        <source>Forward stream caught up</source>
        <translation>正向变更流已追平</translation>
    </message>
    <message>
        <source>Source quiet</source>
        <translation>源端已静默</translation>
    </message>
    <message>
        <source>Final verification</source>
        <translation>最终校验</translation>
    </message>
    <message>
        <source>Switchover positions recorded</source>
        <translation>已记录正向切换位点</translation>
    </message>
    <message>
        <source>Forward stream stopped</source>
        <translation>正向变更流已停止</translation>
    </message>
    <message>
        <source>Reverse increment started</source>
        <translation>反向增量已启动</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Switch over %1</source>
        <translation>正向切换 %1</translation>
    </message>
    <message>
        <source>Switching project %1 over from its source to its target, one step at a time.</source>
        <translation>正在将项目 %1 从源端逐步正向切换到目标端。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cancel switchover</source>
        <translation>取消正向切换</translation>
    </message>
    <message>
        <source>Stops the switchover before the positions are recorded: nothing is switched. From then on it is carried through.</source>
        <translation>在记录位点之前停止正向切换：不会切换任何内容。记录位点之后将执行到底。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>project %1 is busy (a verification or a switchover runs)</source>
        <translation>项目 %1 正忙（正在校验或正向切换）</translation>
    </message>
    <message>
        <source>Wait for it to end, then switch over again.</source>
        <translation>请等待其结束后再进行正向切换。</translation>
    </message>
    <message>
        <source>stopping the project&apos;s run in this console first</source>
        <translation>先停止本控制台中该项目的运行</translation>
    </message>
    <message>
        <source>the secret store was not opened</source>
        <translation>密钥存储未打开</translation>
    </message>
    <message>
        <source>Unlock it, then switch over again.</source>
        <translation>请先解锁，然后再进行正向切换。</translation>
    </message>
    <message>
        <source>no table changed since the full step</source>
        <translation>全量步骤之后没有表发生变更</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) identical</source>
        <translation>
            <numerusform>%n 张表一致</numerusform>
        </translation>
    </message>
    <message>
        <source>source applied through %1; the reverse increment starts at target position %2</source>
        <translation>源端已应用到 %1；反向增量从目标端位点 %2 开始</translation>
    </message>
    <message>
        <source>starting the project&apos;s run</source>
        <translation>正在启动项目的运行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switched over, but the reverse increment did not start:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %2 Then start the project: its runs keep the old database in step.</source>
        <translation>&lt;b&gt;已完成正向切换，但反向增量未启动：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;修正：&lt;/b&gt;%2 然后启动项目：其运行会使旧数据库保持同步。</translation>
    </message>
    <message>
        <source>Project %1 is switched over.</source>
        <translation>项目 %1 已完成正向切换。</translation>
    </message>
    <message>
        <source>running: what is written to %1 flows back to %2</source>
        <translation>运行中：写入 %1 的数据会同步回 %2</translation>
    </message>
    <message>
        <source>Project %1 is switched over. The reverse increment keeps %2 in step with %3: the old database stays a live fallback.</source>
        <translation>项目 %1 已完成正向切换。反向增量使 %2 与 %3 保持同步：旧数据库是可随时回退的备用库。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已停止：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cause:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;原因：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;修正：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>The switchover of %1 failed after its positions were recorded: see the project&apos;s log.</source>
        <translation>%1 的正向切换在记录位点后失败：请查看项目日志。</translation>
    </message>
    <message>
        <source>Nothing was switched.</source>
        <translation>未切换任何内容。</translation>
    </message>
    <message>
        <source>The switchover was stopped.</source>
        <translation>正向切换已停止。</translation>
    </message>
    <message>
        <source>Fix the cause, then switch over again.</source>
        <translation>请修正原因，然后再进行正向切换。</translation>
    </message>
    <message>
        <source>Nothing was switched. The forward stream runs again.</source>
        <translation>未切换任何内容。正向变更流重新运行。</translation>
    </message>
    <message>
        <source>Nothing was switched, and the forward stream did not start again: %1</source>
        <translation>未切换任何内容，且正向变更流未能重新启动：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncDetails</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>The stream saves where it stands every few seconds, once Kafka acknowledged every message before that point: after a stop or a crash it resends at most the unacknowledged tail, with the same sequence numbers. Lag runs from the source&apos;s commit to the broker&apos;s acknowledgement.</source>
        <translation>Kafka 确认该位置之前的每条消息后，变更流每隔几秒保存一次当前位置：停止或崩溃后最多重发未确认的尾部消息，序号不变。延迟从源端提交算到 Broker 确认。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kafka&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Format&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Topic&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Partition by&lt;/b&gt; %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Snapshot&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Kafka&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;格式&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;主题&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;分区依据&lt;/b&gt; %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;快照&lt;/b&gt; %5</translation>
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
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncProjectModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source> (+%1 explicit)</source>
        <translation>（另有 %1 个显式映射）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
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
        <source>Messages per topic</source>
        <translation>各主题消息数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncWizard</name>
    <message>
        <source>New sync project</source>
        <translation>新建同步项目</translation>
    </message>
    <message>
        <source>shop-to-kafka</source>
        <translation>shop-to-kafka</translation>
    </message>
    <message>
        <source>patterns, comma-separated: orders, shop.order_*</source>
        <translation>通配模式，以逗号分隔：orders, shop.order_*</translation>
    </message>
    <message>
        <source>patterns to leave out</source>
        <translation>要排除的通配模式</translation>
    </message>
    <message>
        <source>Ferry JSON</source>
        <translation>Ferry JSON</translation>
    </message>
    <message>
        <source>Canal JSON</source>
        <translation>Canal JSON</translation>
    </message>
    <message>
        <source>Debezium JSON</source>
        <translation>Debezium JSON</translation>
    </message>
    <message>
        <source>Maxwell JSON</source>
        <translation>Maxwell JSON</translation>
    </message>
    <message>
        <source>Flat JSON row</source>
        <translation>扁平 JSON 行</translation>
    </message>
    <message>
        <source>With the schema (Kafka Connect&apos;s schemas.enable)</source>
        <translation>带结构信息（Kafka Connect 的 schemas.enable）</translation>
    </message>
    <message>
        <source>One topic per table (name template)</source>
        <translation>每张表一个主题（名称模板）</translation>
    </message>
    <message>
        <source>One topic per database</source>
        <translation>每个数据库一个主题</translation>
    </message>
    <message>
        <source>One topic for everything</source>
        <translation>所有数据一个主题</translation>
    </message>
    <message>
        <source>Explicit map (the template names the rest)</source>
        <translation>显式映射（其余按模板命名）</translation>
    </message>
    <message>
        <source>one per line:  orders = shop-orders</source>
        <translation>每行一条：  orders = shop-orders</translation>
    </message>
    <message>
        <source>Primary key hash (keeps each row&apos;s order)</source>
        <translation>主键哈希（保持每行的顺序）</translation>
    </message>
    <message>
        <source>Table (keeps each table&apos;s order)</source>
        <translation>按表（保持每张表的顺序）</translation>
    </message>
    <message>
        <source>One partition (keeps all order)</source>
        <translation>单一分区（保持全部顺序）</translation>
    </message>
    <message>
        <source>Chosen columns</source>
        <translation>所选列</translation>
    </message>
    <message>
        <source>columns, comma-separated</source>
        <translation>列名，以逗号分隔</translation>
    </message>
    <message>
        <source>Create missing topics</source>
        <translation>自动创建缺失的主题</translation>
    </message>
    <message>
        <source>partitions </source>
        <translation>分区数 </translation>
    </message>
    <message>
        <source>replication factor </source>
        <translation>副本因子 </translation>
    </message>
    <message>
        <source>broker default</source>
        <translation>Broker 默认值</translation>
    </message>
    <message>
        <source>Full snapshot of the tables before streaming</source>
        <translation>同步变更前先对表做全量快照</translation>
    </message>
    <message>
        <source>Start after saving</source>
        <translation>保存后启动</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Source database:</source>
        <translation>源数据库：</translation>
    </message>
    <message>
        <source>Kafka target:</source>
        <translation>Kafka 目标端：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Topic name:</source>
        <translation>主题名称：</translation>
    </message>
    <message>
        <source>Explicit topics:</source>
        <translation>显式主题：</translation>
    </message>
    <message>
        <source>Partition by:</source>
        <translation>分区依据：</translation>
    </message>
    <message>
        <source>Topic creation:</source>
        <translation>主题创建：</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>源表</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Partition rule</source>
        <translation>分区规则</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>键列</translation>
    </message>
    <message>
        <source>Choose a source to see where its tables go.</source>
        <translation>选择源端后可查看其各表的去向。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No Kafka data source yet: add one in Data Source Management (engine Kafka).</source>
        <translation>还没有 Kafka 数据源：请在“数据源管理”中添加一个（引擎选 Kafka）。</translation>
    </message>
    <message>
        <source>Add a database data source first (Data Source Management).</source>
        <translation>请先添加数据库数据源（数据源管理）。</translation>
    </message>
    <message>
        <source>Add a Kafka data source first (Data Source Management, engine Kafka).</source>
        <translation>请先添加 Kafka 数据源（数据源管理，引擎选 Kafka）。</translation>
    </message>
    <message>
        <source>One topic for everything: give a topic name without placeholders.</source>
        <translation>所有数据一个主题：请给出不含占位符的主题名称。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) cannot be routed: see the topic column.</source>
        <translation>
            <numerusform>%n 张表无法路由：请查看主题列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 张表。</numerusform>
        </translation>
    </message>
    <message>
        <source>A message of %1 in %2, from its first row as the snapshot sends it; key: %3</source>
        <translation>%2 中 %1 的一条消息，取自快照发送的第一行；键：%3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SynchronizationPage</name>
    <message>
        <source>Data Synchronization</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Real-time change streams from a database into Kafka, in the formats consumers expect.</source>
        <translation>将数据库的实时变更流以消费者期望的格式写入 Kafka。</translation>
    </message>
    <message>
        <source>New sync project</source>
        <translation>新建同步项目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No sync projects yet.&lt;br&gt;Add a Kafka data source in &lt;b&gt;Data Source Management&lt;/b&gt;, then click &lt;b&gt;New sync project&lt;/b&gt; — or run a &lt;code&gt;&quot;type&quot;: &quot;sync&quot;&lt;/code&gt; project file with &lt;code&gt;ferry run&lt;/code&gt;.</source>
        <translation>还没有同步项目。&lt;br&gt;请在&lt;b&gt;数据源管理&lt;/b&gt;中添加一个 Kafka 数据源，然后点击&lt;b&gt;新建同步项目&lt;/b&gt; — 或用 &lt;code&gt;ferry run&lt;/code&gt; 运行 &lt;code&gt;&quot;type&quot;: &quot;sync&quot;&lt;/code&gt; 的项目文件。</translation>
    </message>
    <message>
        <source>Cannot read the sync projects</source>
        <translation>无法读取同步项目</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot start the project</source>
        <translation>无法启动项目</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>Project not paused</source>
        <translation>项目未暂停</translation>
    </message>
    <message>
        <source>Delete sync project</source>
        <translation>删除同步项目</translation>
    </message>
    <message>
        <source>Delete the sync project %1 with its stream position and log?
The topics and the messages already in Kafka are kept.</source>
        <translation>删除同步项目 %1 及其变更流位点和日志？
主题以及已写入 Kafka 的消息会保留。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SystemPage</name>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装信息</translation>
    </message>
    <message>
        <source>System Management</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Users and roles, system parameters, the operation audit, and this installation.</source>
        <translation>用户与角色、系统参数、操作审计以及本安装的信息。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Administrators do everything, users included; operators create, run and change projects and data sources; viewers read. The last enabled administrator stays.</source>
        <translation>管理员可执行所有操作（包括管理用户）；操作员可创建、运行和修改项目及数据源；只读用户仅可查看。最后一个启用的管理员不能被移除或禁用。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <source>Evaluated in the core every alerts.evaluation_seconds, by this console and by every headless ferry run: an alert is sent once when its condition starts and &quot;resolved&quot; when it ends. A rule without channels only records incidents.</source>
        <translation>由核心每隔 alerts.evaluation_seconds 评估一次，本控制台和每个无界面的 ferry run 都会评估：告警在条件开始时发送一次，在条件结束时发送“已恢复”。没有通道的规则只记录事件。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标端</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>发送测试告警</translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation>添加通道…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Channels that work without the internet: a webhook or an SMTP relay on the local network, a local command, the system tray. SMTP passwords go to the secret store.</source>
        <translation>无需互联网即可工作的通道：本地网络中的 Webhook 或 SMTP 中继、本地命令、系统托盘。SMTP 密码保存在密钥存储中。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Add silence…</source>
        <translation>添加静默…</translation>
    </message>
    <message>
        <source>Remove silence</source>
        <translation>移除静默</translation>
    </message>
    <message>
        <source>Add override…</source>
        <translation>添加覆盖…</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>移除覆盖</translation>
    </message>
    <message>
        <source>While a silence covers an alert nothing is sent; it goes out when the silence ends if its condition still holds. An override sets a rule otherwise for one project.</source>
        <translation>告警处于静默期间不发送任何内容；静默结束时若条件仍成立则会发出。覆盖可为单个项目单独设置规则。</translation>
    </message>
    <message>
        <source>Silences and overrides</source>
        <translation>静默与覆盖</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>告警事件</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Incidents and deliveries</source>
        <translation>告警事件与发送记录</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>生效时机</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>由 %1 于 %2 修改</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Mail (SMTP)</source>
        <translation>邮件（SMTP）</translation>
    </message>
    <message>
        <source>%1 (TLS %2): %3 → %4</source>
        <translation>%1（TLS %2）：%3 → %4</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>the console&apos;s system tray</source>
        <translation>控制台的系统托盘</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(recorded only)</source>
        <translation>（仅记录）</translation>
    </message>
    <message>
        <source>daily %1–%2</source>
        <translation>每天 %1–%2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>as the rule</source>
        <translation>同规则</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Open (silenced)</source>
        <translation>未恢复（已静默）</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n record(s), none edited, removed or moved.</source>
        <translation>
            <numerusform>链完整：%n 条记录，无编辑、删除或移动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at record %1: %2</source>
        <translation>链在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <source>Metadata store</source>
        <translation>元数据存储库</translation>
    </message>
    <message>
        <source>Store schema version</source>
        <translation>存储库结构版本</translation>
    </message>
    <message>
        <source>%1 (this Ferry writes %2)</source>
        <translation>%1（此版本 Ferry 写入 %2）</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>保险库文件</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Client libraries</source>
        <translation>客户端库</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>User not added</source>
        <translation>未添加用户</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>New password of %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>密码未修改</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>角色未更改</translation>
    </message>
    <message>
        <source>User not enabled</source>
        <translation>用户未启用</translation>
    </message>
    <message>
        <source>User not disabled</source>
        <translation>用户未禁用</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>移除用户</translation>
    </message>
    <message>
        <source>Remove user %1? What they did stays in the audit.</source>
        <translation>移除用户 %1？其操作记录保留在审计中。</translation>
    </message>
    <message>
        <source>User not removed</source>
        <translation>用户未移除</translation>
    </message>
    <message>
        <source>Test alert not delivered</source>
        <translation>测试告警未送达</translation>
    </message>
    <message>
        <source>Alert channel not added</source>
        <translation>未添加告警通道</translation>
    </message>
    <message>
        <source>Alert channel not changed</source>
        <translation>告警通道未修改</translation>
    </message>
    <message>
        <source>Remove alert channel</source>
        <translation>移除告警通道</translation>
    </message>
    <message>
        <source>Remove alert channel %1? Rules stop sending to it.</source>
        <translation>移除告警通道 %1？规则将不再向其发送告警。</translation>
    </message>
    <message>
        <source>Alert channel not removed</source>
        <translation>告警通道未移除</translation>
    </message>
    <message>
        <source>Alert rule: %1</source>
        <translation>告警规则：%1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>For at least</source>
        <translation>至少持续</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Alert rule not changed</source>
        <translation>告警规则未修改</translation>
    </message>
    <message>
        <source>Add silence</source>
        <translation>添加静默</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Silence not added</source>
        <translation>未添加静默</translation>
    </message>
    <message>
        <source>Silence not removed</source>
        <translation>未移除静默</translation>
    </message>
    <message>
        <source>Override a rule for one project</source>
        <translation>为单个项目覆盖规则</translation>
    </message>
    <message>
        <source>As the rule</source>
        <translation>同规则</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>持续时间（秒）</translation>
    </message>
    <message>
        <source>Override not added</source>
        <translation>未添加覆盖</translation>
    </message>
    <message>
        <source>Override not removed</source>
        <translation>未移除覆盖</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1
Range %2, default %3; applies %4.</source>
        <translation>%1
范围 %2，默认值 %3；%4生效。</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>at the next run</source>
        <translation>下次运行时</translation>
    </message>
    <message>
        <source>Parameter not changed</source>
        <translation>参数未修改</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>导出审计</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Audit not exported</source>
        <translation>未导出审计</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Applies at the next start of the console.</source>
        <translation>下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>Applies at the next start of the console. FERRY_LANG=%1 is set: it takes precedence over this choice.</source>
        <translation>下次启动控制台时生效。已设置 FERRY_LANG=%1：它优先于此处的选择。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>被拒绝</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TaskStatusChart</name>
    <message>
        <source>Click to list these projects.</source>
        <translation>点击列出这些项目。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>个项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>个项目</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TaskStatusModel</name>
    <message numerus="yes">
        <source>%1: %n project, %2 of all</source>
        <translation>
            <numerusform>%1：%n 个项目，占全部的 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n projects, %2 of all</source>
        <translation>
            <numerusform>%1：%n 个项目，占全部的 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
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
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
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
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TaskStatusPanel</name>
    <message>
        <source>Task status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>&lt;p&gt;No migration projects yet.&lt;/p&gt;&lt;p&gt;Create one on the &lt;b&gt;Data Migration&lt;/b&gt; page, or run &lt;code&gt;ferry run PROJECT.json&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有迁移项目。&lt;/p&gt;&lt;p&gt;请在&lt;b&gt;数据迁移&lt;/b&gt;页面创建，或运行 &lt;code&gt;ferry run PROJECT.json&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sync projects yet.&lt;/p&gt;&lt;p&gt;Stream a database&apos;s changes into Kafka: create one on the &lt;b&gt;Data Synchronization&lt;/b&gt; page, or run a &lt;code&gt;&quot;type&quot;: &quot;sync&quot;&lt;/code&gt; project file with &lt;code&gt;ferry run&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有同步项目。&lt;/p&gt;&lt;p&gt;将数据库的变更流写入 Kafka：请在&lt;b&gt;数据同步&lt;/b&gt;页面创建，或用 &lt;code&gt;ferry run&lt;/code&gt; 运行 &lt;code&gt;&quot;type&quot;: &quot;sync&quot;&lt;/code&gt; 的项目文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data synchronization</source>
        <translation>数据同步</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TrayNotifier</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TypeMappingModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>override</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>widened</source>
        <translation>放宽</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>有损</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>your override; Ferry would declare %1</source>
        <translation>你的覆盖设置；Ferry 会声明为 %1</translation>
    </message>
    <message>
        <source>The project has started: its types are fixed.</source>
        <translation>项目已启动：其类型已固定。</translation>
    </message>
    <message>
        <source>Double-click to declare the target column yourself; clear it to return to Ferry&apos;s choice.</source>
        <translation>双击可自行声明目标列；清空则恢复为 Ferry 的选择。</translation>
    </message>
    <message>
        <source>Your override. Ferry would declare %1 (%2): %3</source>
        <translation>你的覆盖设置。Ferry 会声明为 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>源类型</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>保真度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ferry::ui::WizardStepBar</name>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
</context>
</TS>
