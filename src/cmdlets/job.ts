/**
 * Background jobs: Start-Job (and `pipeline &`), Get-Job, Receive-Job, Wait-Job, Stop-Job and
 * Remove-Job. Each job is a child psh process (job-process.ts); the job objects are pwsh's
 * PSRemotingJob shape (Id, Name, PSJobTypeName BackgroundJob, State, HasMoreData, Location,
 * Command) with its table view, and the session numbers them Job1, Job2... as pwsh does.
 */
import { toPSString } from '../engine/conversion/index.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { ExecutionContext } from '../engine/runtime/frame.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { Guid, psTypeNames, ScriptBlock, type HasPSTypeNames } from '../engine/values/index.js';
import { JobProcess, type JobState } from './job-process.js';

const jobType = 'System.Management.Automation.PSRemotingJob';
const jobTypeNames = [jobType, 'System.Management.Automation.Job', 'System.Object'];

/** RemotingErrorIdStrings. */
const jobStrings = {
  JobWithSpecifiedSessionIdNotFound: 'The command cannot find a job with the job ID {0}. Verify the value of the Id parameter and then try the command again.',
  JobWithSpecifiedNameNotFound: 'The command cannot find the job because the job name {0} was not found. Verify the value of the Name parameter, and then try the command again.',
  JobWithSpecifiedSessionIdNotCompleted: 'The command cannot remove the job with the job ID {0} because the job is not finished. To remove the job, first stop the job, or use the Force parameter.',
};

export class BackgroundJob implements HasPSTypeNames {
  readonly [psTypeNames] = jobTypeNames;
  readonly instanceId = Guid.newGuid();
  /** Results already handed out by Receive-Job (without -Keep). */
  received = false;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly command: string,
    readonly process: JobProcess,
  ) {}

  get state(): JobState {
    return this.process.state;
  }

  get hasMoreData(): boolean {
    if (this.received) return false;
    if (this.state === 'Running') return true;
    const { output, streams } = this.process.results();
    return output.length > 0 || streams.length > 0;
  }
}

registerNativeType(jobType, ['System.Management.Automation.Job', 'System.Object']);
defineType({
  fullName: jobType,
  properties: {
    Id: { type: 'int', get: (job: BackgroundJob) => job.id },
    Name: { type: 'string', get: (job: BackgroundJob) => job.name },
    InstanceId: { type: 'guid', get: (job: BackgroundJob) => job.instanceId },
    PSJobTypeName: { type: 'string', get: () => 'BackgroundJob' },
    State: { type: 'System.Management.Automation.JobState', get: (job: BackgroundJob) => job.state },
    HasMoreData: { type: 'bool', get: (job: BackgroundJob) => job.hasMoreData },
    Location: { type: 'string', get: () => 'localhost' },
    Command: { type: 'string', get: (job: BackgroundJob) => job.command },
  },
});

/** The session's jobs, in the order they started. */
const sessionJobs = new WeakMap<ExecutionContext, { nextId: number; jobs: BackgroundJob[] }>();

function jobTable(context: ExecutionContext): { nextId: number; jobs: BackgroundJob[] } {
  let table = sessionJobs.get(context);
  if (!table) sessionJobs.set(context, (table = { nextId: 1, jobs: [] }));
  return table;
}

/** `$using:name` (and `${using:name}`) in a job's script: replaced by the value passed in, in order of first use. */
function usingReferences(script: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = script.replace(/\$(?:\{using:([^}]+)\}|using:([A-Za-z_][\w]*))/gi, (_match, braced: string | undefined, plain: string | undefined) => {
    const name = (braced ?? plain)!;
    let index = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    if (index < 0) index = names.push(name) - 1;
    return `$($__pshUsing[${index}])`;
  });
  return { text, names };
}

/** Starts a job running `script` (the text of a script block or a `&` pipeline) and records it in the session. */
export function startJob(runtime: CommandRuntime, script: string, args: readonly unknown[], name?: string): BackgroundJob {
  const context = runtime.frame.context;
  const table = jobTable(context);
  const { text, names } = usingReferences(script);
  const usingValues = names.map((n) => runtime.frame.variable(n));
  const id = table.nextId++;
  const job = new BackgroundJob(id, name ?? `Job${id}`, script.trim(), new JobProcess(text, usingValues, args, context.location.current));
  table.jobs.push(job);
  return job;
}

/** The jobs the -Job, -Id or -Name parameters name; pwsh's not-found errors for the others. */
function selectedJobs(runtime: CommandRuntime): BackgroundJob[] {
  const table = jobTable(runtime.frame.context);
  if (runtime.has('Job')) return (runtime.parameter('Job') as unknown[]).filter((j): j is BackgroundJob => j instanceof BackgroundJob);
  const found: BackgroundJob[] = [];
  if (runtime.has('Id')) {
    for (const id of runtime.parameter('Id') as number[]) {
      const job = table.jobs.find((j) => j.id === id);
      if (job) found.push(job);
      else runtime.writeError(runtime.errorRecord('System.ArgumentException', formatMessage(jobStrings.JobWithSpecifiedSessionIdNotFound, id), 'JobWithSpecifiedSessionNotFound', 'ObjectNotFound', id));
    }
    return found;
  }
  if (runtime.has('Name')) {
    for (const name of runtime.parameter('Name') as string[]) {
      const matches = table.jobs.filter((j) => j.name.toLowerCase() === toPSString(name).toLowerCase());
      if (matches.length > 0) found.push(...matches);
      else runtime.writeError(runtime.errorRecord('System.ArgumentException', formatMessage(jobStrings.JobWithSpecifiedNameNotFound, name), 'JobWithSpecifiedNameNotFound', 'ObjectNotFound', name));
    }
    return found;
  }
  return [...table.jobs];
}

/** -Job (pipeline), -Id (position 0) and -Name, each its own parameter set, as Receive-Job, Wait-Job, Stop-Job and Remove-Job declare them. */
const jobSelectionParameters = [
  { name: 'Job', type: 'object[]', parameterSets: { Job: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
  { name: 'Id', type: 'int[]', parameterSets: { SessionId: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
  { name: 'Name', type: 'string[]', parameterSets: { Name: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
] as const;

const startJobCmdlet = new CmdletInfo(
  {
    name: 'Start-Job',
    aliases: ['sajb'],
    implementingType: 'Microsoft.PowerShell.Commands.StartJobCommand',
    defaultParameterSetName: 'ComputerName',
    parameters: [
      { name: 'ScriptBlock', type: 'scriptblock', aliases: ['Command'], parameterSets: { ComputerName: { position: 0, mandatory: true } } },
      { name: 'Name', type: 'string', valueFromPipelineByPropertyName: true },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
    ],
  },
  (runtime) => ({
    process() {
      const block = runtime.parameter('ScriptBlock') as ScriptBlock;
      const args = (runtime.parameter('ArgumentList') as unknown[] | undefined) ?? [];
      const name = runtime.parameter('Name') as string | undefined;
      runtime.writeObject(startJob(runtime, block.text, args, name ?? undefined));
    },
  }),
);

const getJob = new CmdletInfo(
  {
    name: 'Get-Job',
    aliases: ['gjb'],
    implementingType: 'Microsoft.PowerShell.Commands.GetJobCommand',
    defaultParameterSetName: 'SessionIdParameterSet',
    parameters: [
      { name: 'Id', type: 'int[]', parameterSets: { SessionIdParameterSet: { position: 0, valueFromPipelineByPropertyName: true } } },
      { name: 'Name', type: 'string[]', parameterSets: { NameParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'State', type: 'string', parameterSets: { StateParameterSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    ],
  },
  (runtime) => ({
    process() {
      let jobs = selectedJobs(runtime);
      if (runtime.has('State')) jobs = jobs.filter((j) => j.state.toLowerCase() === toPSString(runtime.parameter('State')).toLowerCase());
      for (const job of jobs) runtime.writeObject(job);
    },
  }),
);

/** Writes a finished job's results to the command's streams, as the job wrote them. */
function writeResults(runtime: CommandRuntime, job: BackgroundJob): void {
  const { output, streams } = job.process.results();
  for (const value of output) runtime.writeObject(value);
  for (const { stream, value } of streams) {
    const text = toPSString(value);
    if (stream === 'Error') runtime.writeError(value as Parameters<CommandRuntime['writeError']>[0]);
    else if (stream === 'warning') runtime.writeWarning(text);
    else if (stream === 'verbose') runtime.writeVerbose(text);
    else if (stream === 'debug') runtime.writeDebug(text);
    else if (stream === 'information') runtime.writeInformation(value, [], true);
  }
}

const receiveJob = new CmdletInfo(
  {
    name: 'Receive-Job',
    aliases: ['rcjb'],
    implementingType: 'Microsoft.PowerShell.Commands.ReceiveJobCommand',
    defaultParameterSetName: 'Location',
    parameters: [
      { name: 'Job', type: 'object[]', parameterSets: { Location: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      ...jobSelectionParameters.slice(1),
      { name: 'Keep', type: 'switch' },
      { name: 'Wait', type: 'switch' },
      { name: 'AutoRemoveJob', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      for (const job of selectedJobs(runtime)) {
        if (runtime.switch('Wait')) job.process.wait(null, runtime.frame.context.stop);
        if (job.received || job.state === 'Running') continue;
        writeResults(runtime, job);
        if (!runtime.switch('Keep')) job.received = true;
        if (runtime.switch('AutoRemoveJob') && runtime.switch('Wait')) removeJob(runtime, job);
      }
    },
  }),
);

const waitJob = new CmdletInfo(
  {
    name: 'Wait-Job',
    aliases: ['wjb'],
    implementingType: 'Microsoft.PowerShell.Commands.WaitJobCommand',
    defaultParameterSetName: 'SessionIdParameterSet',
    parameters: [
      { name: 'Job', type: 'object[]', parameterSets: { JobParameterSet: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Id', type: 'int[]', parameterSets: { SessionIdParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Name', type: 'string[]', parameterSets: { NameParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Any', type: 'switch' },
      { name: 'Timeout', type: 'int', aliases: ['TimeoutSec'], validation: [{ kind: 'ValidateRange', min: -1, max: 2147483647 }] },
      { name: 'Force', type: 'switch' },
    ],
  },
  (runtime) => {
    // Wait-Job waits once for every job piped to it, at the end.
    const jobs: BackgroundJob[] = [];
    return {
      process() {
        jobs.push(...selectedJobs(runtime));
      },
      end() {
        const timeout = runtime.has('Timeout') && Number(runtime.parameter('Timeout')) >= 0 ? Number(runtime.parameter('Timeout')) * 1000 : null;
        const finished = (job: BackgroundJob) => job.state !== 'Running';
        const any = runtime.switch('Any');
        const done = () => (any ? jobs.some(finished) : jobs.every(finished));
        if (jobs.length > 0) jobs[0].process.wait(timeout, runtime.frame.context.stop, done);
        // Like pwsh: the finished jobs (with -Any, the first to finish); nothing when the timeout passed first.
        if (any) {
          const first = jobs.find(finished);
          if (first) runtime.writeObject(first);
        } else if (done()) for (const job of jobs) runtime.writeObject(job);
      },
    };
  },
);

const stopJob = new CmdletInfo(
  {
    name: 'Stop-Job',
    aliases: ['spjb'],
    implementingType: 'Microsoft.PowerShell.Commands.StopJobCommand',
    defaultParameterSetName: 'SessionIdParameterSet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Job', type: 'object[]', parameterSets: { Job: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Id', type: 'int[]', parameterSets: { SessionIdParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Name', type: 'string[]', parameterSets: { NameParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'PassThru', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      for (const job of selectedJobs(runtime)) {
        if (!runtime.shouldProcess(job.command, 'Stop-Job')) continue;
        job.process.stop();
        if (runtime.switch('PassThru')) runtime.writeObject(job);
      }
    },
  }),
);

function removeJob(runtime: CommandRuntime, job: BackgroundJob): void {
  const table = jobTable(runtime.frame.context);
  job.process.dispose();
  table.jobs = table.jobs.filter((j) => j !== job);
}

const removeJobCmdlet = new CmdletInfo(
  {
    name: 'Remove-Job',
    aliases: ['rjb'],
    implementingType: 'Microsoft.PowerShell.Commands.RemoveJobCommand',
    defaultParameterSetName: 'SessionIdParameterSet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Job', type: 'object[]', parameterSets: { JobParameterSet: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Id', type: 'int[]', parameterSets: { SessionIdParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Name', type: 'string[]', parameterSets: { NameParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Force', type: 'switch', aliases: ['F'] },
    ],
  },
  (runtime) => ({
    process() {
      for (const job of selectedJobs(runtime)) {
        if (job.state === 'Running' && !runtime.switch('Force')) {
          const message = `${formatMessage(jobStrings.JobWithSpecifiedSessionIdNotCompleted, job.id)} (Parameter '${runtime.has('Job') ? 'Job' : 'Id'}')`;
          runtime.writeError(runtime.errorRecord('System.ArgumentException', message, 'JobObjectNotFinishedCannotBeRemoved', 'InvalidOperation', job));
          continue;
        }
        if (!runtime.shouldProcess(job.command, 'Remove-Job')) continue;
        removeJob(runtime, job);
      }
    },
  }),
);

export const jobCmdlets: readonly CmdletInfo[] = [startJobCmdlet, getJob, receiveJob, waitJob, stopJob, removeJobCmdlet];
