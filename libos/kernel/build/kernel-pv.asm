
build/kernel-pv.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	0002d117          	auipc	sp,0x2d
80400004:	0b010113          	add	sp,sp,176 # 8042d0b0 <lru>
80400008:	00029297          	auipc	t0,0x29
8040000c:	01828293          	add	t0,t0,24 # 80429020 <unflushed>
80400010:	00105317          	auipc	t1,0x105
80400014:	46030313          	add	t1,t1,1120 # 80505470 <bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_entry+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_entry+0x18>
80400024:	710030ef          	jal	80403734 <pv_main>
80400028:	a001                	j	80400028 <_entry+0x28>

8040002a <bget>:
8040002a:	8042d7b7          	lui	a5,0x8042d
8040002e:	1141                	add	sp,sp,-16
80400030:	0b078793          	add	a5,a5,176 # 8042d0b0 <lru>
80400034:	c422                	sw	s0,8(sp)
80400036:	4bc0                	lw	s0,20(a5)
80400038:	c226                	sw	s1,4(sp)
8040003a:	c606                	sw	ra,12(sp)
8040003c:	84aa                	mv	s1,a0
8040003e:	00f40a63          	beq	s0,a5,80400052 <bget+0x28>
80400042:	4018                	lw	a4,0(s0)
80400044:	c701                	beqz	a4,8040004c <bget+0x22>
80400046:	4418                	lw	a4,8(s0)
80400048:	04970c63          	beq	a4,s1,804000a0 <bget+0x76>
8040004c:	4840                	lw	s0,20(s0)
8040004e:	fef41ae3          	bne	s0,a5,80400042 <bget+0x18>
80400052:	4b80                	lw	s0,16(a5)
80400054:	00f41663          	bne	s0,a5,80400060 <bget+0x36>
80400058:	a8a9                	j	804000b2 <bget+0x88>
8040005a:	4800                	lw	s0,16(s0)
8040005c:	04f40b63          	beq	s0,a5,804000b2 <bget+0x88>
80400060:	4458                	lw	a4,12(s0)
80400062:	ff65                	bnez	a4,8040005a <bget+0x30>
80400064:	401c                	lw	a5,0(s0)
80400066:	ef81                	bnez	a5,8040007e <bget+0x54>
80400068:	4785                	li	a5,1
8040006a:	c404                	sw	s1,8(s0)
8040006c:	40b2                	lw	ra,12(sp)
8040006e:	00042023          	sw	zero,0(s0)
80400072:	c45c                	sw	a5,12(s0)
80400074:	8522                	mv	a0,s0
80400076:	4422                	lw	s0,8(sp)
80400078:	4492                	lw	s1,4(sp)
8040007a:	0141                	add	sp,sp,16
8040007c:	8082                	ret
8040007e:	405c                	lw	a5,4(s0)
80400080:	d7e5                	beqz	a5,80400068 <bget+0x3e>
80400082:	4408                	lw	a0,8(s0)
80400084:	01840613          	add	a2,s0,24
80400088:	45a1                	li	a1,8
8040008a:	050e                	sll	a0,a0,0x3
8040008c:	5ec030ef          	jal	80403678 <disk_write>
80400090:	804297b7          	lui	a5,0x80429
80400094:	4705                	li	a4,1
80400096:	00042223          	sw	zero,4(s0)
8040009a:	02e7a023          	sw	a4,32(a5) # 80429020 <unflushed>
8040009e:	b7e9                	j	80400068 <bget+0x3e>
804000a0:	445c                	lw	a5,12(s0)
804000a2:	40b2                	lw	ra,12(sp)
804000a4:	8522                	mv	a0,s0
804000a6:	0785                	add	a5,a5,1
804000a8:	c45c                	sw	a5,12(s0)
804000aa:	4422                	lw	s0,8(sp)
804000ac:	4492                	lw	s1,4(sp)
804000ae:	0141                	add	sp,sp,16
804000b0:	8082                	ret
804000b2:	80406537          	lui	a0,0x80406
804000b6:	00050513          	mv	a0,a0
804000ba:	617010ef          	jal	80401ed0 <panic>

804000be <bio_init>:
804000be:	8042d6b7          	lui	a3,0x8042d
804000c2:	8042e7b7          	lui	a5,0x8042e
804000c6:	00040637          	lui	a2,0x40
804000ca:	0b068713          	add	a4,a3,176 # 8042d0b0 <lru>
804000ce:	0c878793          	add	a5,a5,200 # 8042e0c8 <bufs>
804000d2:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000d6:	6585                	lui	a1,0x1
804000d8:	0b068513          	add	a0,a3,176
804000dc:	cb18                	sw	a4,16(a4)
804000de:	963e                	add	a2,a2,a5
804000e0:	0b068693          	add	a3,a3,176
804000e4:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000e6:	cbd4                	sw	a3,20(a5)
804000e8:	8736                	mv	a4,a3
804000ea:	cb88                	sw	a0,16(a5)
804000ec:	86be                	mv	a3,a5
804000ee:	cb1c                	sw	a5,16(a4)
804000f0:	97ae                	add	a5,a5,a1
804000f2:	fec79ae3          	bne	a5,a2,804000e6 <bio_init+0x28>
804000f6:	8046d7b7          	lui	a5,0x8046d
804000fa:	6b078793          	add	a5,a5,1712 # 8046d6b0 <bufs+0x3f5e8>
804000fe:	c95c                	sw	a5,20(a0)
80400100:	8082                	ret

80400102 <bread>:
80400102:	1141                	add	sp,sp,-16
80400104:	c422                	sw	s0,8(sp)
80400106:	c226                	sw	s1,4(sp)
80400108:	c606                	sw	ra,12(sp)
8040010a:	84aa                	mv	s1,a0
8040010c:	3f39                	jal	8040002a <bget>
8040010e:	411c                	lw	a5,0(a0)
80400110:	842a                	mv	s0,a0
80400112:	c799                	beqz	a5,80400120 <bread+0x1e>
80400114:	40b2                	lw	ra,12(sp)
80400116:	8522                	mv	a0,s0
80400118:	4422                	lw	s0,8(sp)
8040011a:	4492                	lw	s1,4(sp)
8040011c:	0141                	add	sp,sp,16
8040011e:	8082                	ret
80400120:	01850613          	add	a2,a0,24 # 80406018 <__udivdi3+0x39e>
80400124:	45a1                	li	a1,8
80400126:	00349513          	sll	a0,s1,0x3
8040012a:	4f0030ef          	jal	8040361a <disk_read>
8040012e:	4785                	li	a5,1
80400130:	40b2                	lw	ra,12(sp)
80400132:	c01c                	sw	a5,0(s0)
80400134:	8522                	mv	a0,s0
80400136:	4422                	lw	s0,8(sp)
80400138:	4492                	lw	s1,4(sp)
8040013a:	0141                	add	sp,sp,16
8040013c:	8082                	ret

8040013e <bclear>:
8040013e:	1141                	add	sp,sp,-16
80400140:	c606                	sw	ra,12(sp)
80400142:	c422                	sw	s0,8(sp)
80400144:	35dd                	jal	8040002a <bget>
80400146:	842a                	mv	s0,a0
80400148:	6605                	lui	a2,0x1
8040014a:	4581                	li	a1,0
8040014c:	0561                	add	a0,a0,24
8040014e:	516020ef          	jal	80402664 <memset>
80400152:	4785                	li	a5,1
80400154:	40b2                	lw	ra,12(sp)
80400156:	c01c                	sw	a5,0(s0)
80400158:	c05c                	sw	a5,4(s0)
8040015a:	8522                	mv	a0,s0
8040015c:	4422                	lw	s0,8(sp)
8040015e:	0141                	add	sp,sp,16
80400160:	8082                	ret

80400162 <bdirty>:
80400162:	4785                	li	a5,1
80400164:	c15c                	sw	a5,4(a0)
80400166:	8082                	ret

80400168 <brelse>:
80400168:	455c                	lw	a5,12(a0)
8040016a:	02f05263          	blez	a5,8040018e <brelse+0x26>
8040016e:	4910                	lw	a2,16(a0)
80400170:	4954                	lw	a3,20(a0)
80400172:	17fd                	add	a5,a5,-1
80400174:	c55c                	sw	a5,12(a0)
80400176:	8042d7b7          	lui	a5,0x8042d
8040017a:	ca54                	sw	a3,20(a2)
8040017c:	0b078793          	add	a5,a5,176 # 8042d0b0 <lru>
80400180:	4bd8                	lw	a4,20(a5)
80400182:	ca90                	sw	a2,16(a3)
80400184:	c91c                	sw	a5,16(a0)
80400186:	c958                	sw	a4,20(a0)
80400188:	cb08                	sw	a0,16(a4)
8040018a:	cbc8                	sw	a0,20(a5)
8040018c:	8082                	ret
8040018e:	80406537          	lui	a0,0x80406
80400192:	1141                	add	sp,sp,-16
80400194:	02050513          	add	a0,a0,32 # 80406020 <__udivdi3+0x3a6>
80400198:	c606                	sw	ra,12(sp)
8040019a:	537010ef          	jal	80401ed0 <panic>

8040019e <bio_flush>:
8040019e:	1101                	add	sp,sp,-32
804001a0:	cc22                	sw	s0,24(sp)
804001a2:	ca26                	sw	s1,20(sp)
804001a4:	c64e                	sw	s3,12(sp)
804001a6:	8046e4b7          	lui	s1,0x8046e
804001aa:	8042e9b7          	lui	s3,0x8042e
804001ae:	6405                	lui	s0,0x1
804001b0:	c452                	sw	s4,8(sp)
804001b2:	c256                	sw	s5,4(sp)
804001b4:	ce06                	sw	ra,28(sp)
804001b6:	c84a                	sw	s2,16(sp)
804001b8:	0c898993          	add	s3,s3,200 # 8042e0c8 <bufs>
804001bc:	6c848493          	add	s1,s1,1736 # 8046e6c8 <cons>
804001c0:	80429a37          	lui	s4,0x80429
804001c4:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
804001c6:	4a85                	li	s5,1
804001c8:	87ce                	mv	a5,s3
804001ca:	4901                	li	s2,0
804001cc:	4398                	lw	a4,0(a5)
804001ce:	cb19                	beqz	a4,804001e4 <bio_flush+0x46>
804001d0:	43d8                	lw	a4,4(a5)
804001d2:	cb09                	beqz	a4,804001e4 <bio_flush+0x46>
804001d4:	00090763          	beqz	s2,804001e2 <bio_flush+0x44>
804001d8:	4794                	lw	a3,8(a5)
804001da:	00892703          	lw	a4,8(s2)
804001de:	00e6f363          	bgeu	a3,a4,804001e4 <bio_flush+0x46>
804001e2:	893e                	mv	s2,a5
804001e4:	97a2                	add	a5,a5,s0
804001e6:	fef493e3          	bne	s1,a5,804001cc <bio_flush+0x2e>
804001ea:	00090f63          	beqz	s2,80400208 <bio_flush+0x6a>
804001ee:	00892503          	lw	a0,8(s2)
804001f2:	01890613          	add	a2,s2,24
804001f6:	45a1                	li	a1,8
804001f8:	050e                	sll	a0,a0,0x3
804001fa:	47e030ef          	jal	80403678 <disk_write>
804001fe:	00092223          	sw	zero,4(s2)
80400202:	035a2023          	sw	s5,32(s4) # 80429020 <unflushed>
80400206:	b7c9                	j	804001c8 <bio_flush+0x2a>
80400208:	020a2783          	lw	a5,32(s4)
8040020c:	eb91                	bnez	a5,80400220 <bio_flush+0x82>
8040020e:	40f2                	lw	ra,28(sp)
80400210:	4462                	lw	s0,24(sp)
80400212:	44d2                	lw	s1,20(sp)
80400214:	4942                	lw	s2,16(sp)
80400216:	49b2                	lw	s3,12(sp)
80400218:	4a22                	lw	s4,8(sp)
8040021a:	4a92                	lw	s5,4(sp)
8040021c:	6105                	add	sp,sp,32
8040021e:	8082                	ret
80400220:	4b6030ef          	jal	804036d6 <disk_flush>
80400224:	020a2023          	sw	zero,32(s4)
80400228:	b7dd                	j	8040020e <bio_flush+0x70>

8040022a <console_room>:
8040022a:	8046e7b7          	lui	a5,0x8046e
8040022e:	6c878793          	add	a5,a5,1736 # 8046e6c8 <cons>
80400232:	2007a703          	lw	a4,512(a5)
80400236:	2047a503          	lw	a0,516(a5)
8040023a:	20070713          	add	a4,a4,512
8040023e:	40a70533          	sub	a0,a4,a0
80400242:	8082                	ret

80400244 <console_input>:
80400244:	8046e737          	lui	a4,0x8046e
80400248:	6c870693          	add	a3,a4,1736 # 8046e6c8 <cons>
8040024c:	2046a783          	lw	a5,516(a3)
80400250:	862a                	mv	a2,a0
80400252:	6c870513          	add	a0,a4,1736
80400256:	1ff7f713          	and	a4,a5,511
8040025a:	9736                	add	a4,a4,a3
8040025c:	0785                	add	a5,a5,1
8040025e:	20f6a223          	sw	a5,516(a3)
80400262:	00c70023          	sb	a2,0(a4)
80400266:	7c30106f          	j	80402228 <wakeup>

8040026a <console_read>:
8040026a:	cdc9                	beqz	a1,80400304 <console_read+0x9a>
8040026c:	7179                	add	sp,sp,-48
8040026e:	d226                	sw	s1,36(sp)
80400270:	8046e4b7          	lui	s1,0x8046e
80400274:	d422                	sw	s0,40(sp)
80400276:	6c848413          	add	s0,s1,1736 # 8046e6c8 <cons>
8040027a:	20042783          	lw	a5,512(s0)
8040027e:	20442683          	lw	a3,516(s0)
80400282:	d04a                	sw	s2,32(sp)
80400284:	ce4e                	sw	s3,28(sp)
80400286:	d606                	sw	ra,44(sp)
80400288:	cc52                	sw	s4,24(sp)
8040028a:	892e                	mv	s2,a1
8040028c:	89aa                	mv	s3,a0
8040028e:	00f69c63          	bne	a3,a5,804002a6 <console_read+0x3c>
80400292:	6c848513          	add	a0,s1,1736
80400296:	6d7010ef          	jal	8040216c <sleep_on>
8040029a:	20042783          	lw	a5,512(s0)
8040029e:	20442683          	lw	a3,516(s0)
804002a2:	fed788e3          	beq	a5,a3,80400292 <console_read+0x28>
804002a6:	4481                	li	s1,0
804002a8:	4a11                	li	s4,4
804002aa:	a82d                	j	804002e4 <console_read+0x7a>
804002ac:	00074703          	lbu	a4,0(a4)
804002b0:	00e107a3          	sb	a4,15(sp)
804002b4:	05470a63          	beq	a4,s4,80400308 <console_read+0x9e>
804002b8:	495010ef          	jal	80401f4c <myproc>
804002bc:	5908                	lw	a0,48(a0)
804002be:	009985b3          	add	a1,s3,s1
804002c2:	4685                	li	a3,1
804002c4:	00f10613          	add	a2,sp,15
804002c8:	092030ef          	jal	8040335a <copyout>
804002cc:	04054663          	bltz	a0,80400318 <console_read+0xae>
804002d0:	20042783          	lw	a5,512(s0)
804002d4:	0485                	add	s1,s1,1
804002d6:	0785                	add	a5,a5,1
804002d8:	20f42023          	sw	a5,512(s0)
804002dc:	00990963          	beq	s2,s1,804002ee <console_read+0x84>
804002e0:	20442683          	lw	a3,516(s0)
804002e4:	1ff7f713          	and	a4,a5,511
804002e8:	9722                	add	a4,a4,s0
804002ea:	fcd791e3          	bne	a5,a3,804002ac <console_read+0x42>
804002ee:	75a030ef          	jal	80403a48 <arch_console_rx_resume>
804002f2:	8526                	mv	a0,s1
804002f4:	50b2                	lw	ra,44(sp)
804002f6:	5422                	lw	s0,40(sp)
804002f8:	5492                	lw	s1,36(sp)
804002fa:	5902                	lw	s2,32(sp)
804002fc:	49f2                	lw	s3,28(sp)
804002fe:	4a62                	lw	s4,24(sp)
80400300:	6145                	add	sp,sp,48
80400302:	8082                	ret
80400304:	4501                	li	a0,0
80400306:	8082                	ret
80400308:	0014b713          	seqz	a4,s1
8040030c:	97ba                	add	a5,a5,a4
8040030e:	20f42023          	sw	a5,512(s0)
80400312:	736030ef          	jal	80403a48 <arch_console_rx_resume>
80400316:	bff1                	j	804002f2 <console_read+0x88>
80400318:	f8f9                	bnez	s1,804002ee <console_read+0x84>
8040031a:	72e030ef          	jal	80403a48 <arch_console_rx_resume>
8040031e:	5549                	li	a0,-14
80400320:	bfd1                	j	804002f4 <console_read+0x8a>

80400322 <console_write>:
80400322:	711d                	add	sp,sp,-96
80400324:	ce86                	sw	ra,92(sp)
80400326:	cca2                	sw	s0,88(sp)
80400328:	caa6                	sw	s1,84(sp)
8040032a:	c8ca                	sw	s2,80(sp)
8040032c:	c6ce                	sw	s3,76(sp)
8040032e:	c4d2                	sw	s4,72(sp)
80400330:	c2d6                	sw	s5,68(sp)
80400332:	c0da                	sw	s6,64(sp)
80400334:	c5b5                	beqz	a1,804003a0 <console_write+0x7e>
80400336:	8a2e                	mv	s4,a1
80400338:	8aaa                	mv	s5,a0
8040033a:	4901                	li	s2,0
8040033c:	04000b13          	li	s6,64
80400340:	412a09b3          	sub	s3,s4,s2
80400344:	013b7463          	bgeu	s6,s3,8040034c <console_write+0x2a>
80400348:	04000993          	li	s3,64
8040034c:	401010ef          	jal	80401f4c <myproc>
80400350:	5908                	lw	a0,48(a0)
80400352:	86ce                	mv	a3,s3
80400354:	012a8633          	add	a2,s5,s2
80400358:	858a                	mv	a1,sp
8040035a:	74b020ef          	jal	804032a4 <copyin>
8040035e:	02054163          	bltz	a0,80400380 <console_write+0x5e>
80400362:	840a                	mv	s0,sp
80400364:	013104b3          	add	s1,sp,s3
80400368:	012a0963          	beq	s4,s2,8040037a <console_write+0x58>
8040036c:	00044503          	lbu	a0,0(s0)
80400370:	0405                	add	s0,s0,1
80400372:	650030ef          	jal	804039c2 <arch_console_putc>
80400376:	fe849be3          	bne	s1,s0,8040036c <console_write+0x4a>
8040037a:	994e                	add	s2,s2,s3
8040037c:	fd4962e3          	bltu	s2,s4,80400340 <console_write+0x1e>
80400380:	6a2030ef          	jal	80403a22 <arch_console_flush>
80400384:	5549                	li	a0,-14
80400386:	00090363          	beqz	s2,8040038c <console_write+0x6a>
8040038a:	854a                	mv	a0,s2
8040038c:	40f6                	lw	ra,92(sp)
8040038e:	4466                	lw	s0,88(sp)
80400390:	44d6                	lw	s1,84(sp)
80400392:	4946                	lw	s2,80(sp)
80400394:	49b6                	lw	s3,76(sp)
80400396:	4a26                	lw	s4,72(sp)
80400398:	4a96                	lw	s5,68(sp)
8040039a:	4b06                	lw	s6,64(sp)
8040039c:	6125                	add	sp,sp,96
8040039e:	8082                	ret
804003a0:	682030ef          	jal	80403a22 <arch_console_flush>
804003a4:	4501                	li	a0,0
804003a6:	b7dd                	j	8040038c <console_write+0x6a>

804003a8 <path_name>:
804003a8:	00054783          	lbu	a5,0(a0)
804003ac:	02f00713          	li	a4,47
804003b0:	00e79763          	bne	a5,a4,804003be <path_name+0x16>
804003b4:	00154783          	lbu	a5,1(a0)
804003b8:	0505                	add	a0,a0,1
804003ba:	fee78de3          	beq	a5,a4,804003b4 <path_name+0xc>
804003be:	cf95                	beqz	a5,804003fa <path_name+0x52>
804003c0:	4701                	li	a4,0
804003c2:	02f00613          	li	a2,47
804003c6:	486d                	li	a6,27
804003c8:	a819                	j	804003de <path_name+0x36>
804003ca:	03070063          	beq	a4,a6,804003ea <path_name+0x42>
804003ce:	0705                	add	a4,a4,1
804003d0:	00f68023          	sb	a5,0(a3)
804003d4:	00e507b3          	add	a5,a0,a4
804003d8:	0007c783          	lbu	a5,0(a5)
804003dc:	cb91                	beqz	a5,804003f0 <path_name+0x48>
804003de:	00e586b3          	add	a3,a1,a4
804003e2:	fec794e3          	bne	a5,a2,804003ca <path_name+0x22>
804003e6:	5579                	li	a0,-2
804003e8:	8082                	ret
804003ea:	fdc00513          	li	a0,-36
804003ee:	8082                	ret
804003f0:	95ba                	add	a1,a1,a4
804003f2:	00058023          	sb	zero,0(a1)
804003f6:	4501                	li	a0,0
804003f8:	8082                	ret
804003fa:	00058023          	sb	zero,0(a1)
804003fe:	b7e5                	j	804003e6 <path_name+0x3e>

80400400 <dir_lookup>:
80400400:	4558                	lw	a4,12(a0)
80400402:	47fd                	li	a5,31
80400404:	06e7fc63          	bgeu	a5,a4,8040047c <dir_lookup+0x7c>
80400408:	7139                	add	sp,sp,-64
8040040a:	dc22                	sw	s0,56(sp)
8040040c:	da26                	sw	s1,52(sp)
8040040e:	d84a                	sw	s2,48(sp)
80400410:	d64e                	sw	s3,44(sp)
80400412:	de06                	sw	ra,60(sp)
80400414:	84aa                	mv	s1,a0
80400416:	892e                	mv	s2,a1
80400418:	89b2                	mv	s3,a2
8040041a:	4401                	li	s0,0
8040041c:	a801                	j	8040042c <dir_lookup+0x2c>
8040041e:	44d8                	lw	a4,12(s1)
80400420:	04040793          	add	a5,s0,64
80400424:	02040413          	add	s0,s0,32
80400428:	04f76263          	bltu	a4,a5,8040046c <dir_lookup+0x6c>
8040042c:	02000713          	li	a4,32
80400430:	86a2                	mv	a3,s0
80400432:	860a                	mv	a2,sp
80400434:	4581                	li	a1,0
80400436:	8526                	mv	a0,s1
80400438:	1b0010ef          	jal	804015e8 <readi>
8040043c:	02000793          	li	a5,32
80400440:	04f51063          	bne	a0,a5,80400480 <dir_lookup+0x80>
80400444:	4502                	lw	a0,0(sp)
80400446:	6fb000ef          	jal	80401340 <inum_valid>
8040044a:	d971                	beqz	a0,8040041e <dir_lookup+0x1e>
8040044c:	4671                	li	a2,28
8040044e:	85ca                	mv	a1,s2
80400450:	0048                	add	a0,sp,4
80400452:	2ce020ef          	jal	80402720 <strncmp>
80400456:	f561                	bnez	a0,8040041e <dir_lookup+0x1e>
80400458:	0089a023          	sw	s0,0(s3)
8040045c:	50f2                	lw	ra,60(sp)
8040045e:	5462                	lw	s0,56(sp)
80400460:	4502                	lw	a0,0(sp)
80400462:	54d2                	lw	s1,52(sp)
80400464:	5942                	lw	s2,48(sp)
80400466:	59b2                	lw	s3,44(sp)
80400468:	6121                	add	sp,sp,64
8040046a:	8082                	ret
8040046c:	50f2                	lw	ra,60(sp)
8040046e:	5462                	lw	s0,56(sp)
80400470:	54d2                	lw	s1,52(sp)
80400472:	5942                	lw	s2,48(sp)
80400474:	59b2                	lw	s3,44(sp)
80400476:	4501                	li	a0,0
80400478:	6121                	add	sp,sp,64
8040047a:	8082                	ret
8040047c:	4501                	li	a0,0
8040047e:	8082                	ret
80400480:	80406537          	lui	a0,0x80406
80400484:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x3be>
80400488:	249010ef          	jal	80401ed0 <panic>

8040048c <fs_open>:
8040048c:	7159                	add	sp,sp,-112
8040048e:	d0ca                	sw	s2,96(sp)
80400490:	892e                	mv	s2,a1
80400492:	084c                	add	a1,sp,20
80400494:	d2a6                	sw	s1,100(sp)
80400496:	d686                	sw	ra,108(sp)
80400498:	d4a2                	sw	s0,104(sp)
8040049a:	cece                	sw	s3,92(sp)
8040049c:	ccd2                	sw	s4,88(sp)
8040049e:	cad6                	sw	s5,84(sp)
804004a0:	84b2                	mv	s1,a2
804004a2:	3719                	jal	804003a8 <path_name>
804004a4:	00054663          	bltz	a0,804004b0 <fs_open+0x24>
804004a8:	4d9000ef          	jal	80401180 <fs_mounted>
804004ac:	e919                	bnez	a0,804004c2 <fs_open+0x36>
804004ae:	5579                	li	a0,-2
804004b0:	50b6                	lw	ra,108(sp)
804004b2:	5426                	lw	s0,104(sp)
804004b4:	5496                	lw	s1,100(sp)
804004b6:	5906                	lw	s2,96(sp)
804004b8:	49f6                	lw	s3,92(sp)
804004ba:	4a66                	lw	s4,88(sp)
804004bc:	4ad6                	lw	s5,84(sp)
804004be:	6165                	add	sp,sp,112
804004c0:	8082                	ret
804004c2:	4c9000ef          	jal	8040118a <fs_root>
804004c6:	0070                	add	a2,sp,12
804004c8:	084c                	add	a1,sp,20
804004ca:	89aa                	mv	s3,a0
804004cc:	3f15                	jal	80400400 <dir_lookup>
804004ce:	842a                	mv	s0,a0
804004d0:	ed35                	bnez	a0,8040054c <fs_open+0xc0>
804004d2:	04097793          	and	a5,s2,64
804004d6:	dfe1                	beqz	a5,804004ae <fs_open+0x22>
804004d8:	080c                	add	a1,sp,16
804004da:	4505                	li	a0,1
804004dc:	731000ef          	jal	8040140c <ialloc>
804004e0:	fc0548e3          	bltz	a0,804004b0 <fs_open+0x24>
804004e4:	47c2                	lw	a5,16(sp)
804004e6:	0007aa83          	lw	s5,0(a5)
804004ea:	a839                	j	80400508 <fs_open+0x7c>
804004ec:	02000713          	li	a4,32
804004f0:	86d2                	mv	a3,s4
804004f2:	1810                	add	a2,sp,48
804004f4:	4581                	li	a1,0
804004f6:	854e                	mv	a0,s3
804004f8:	0f0010ef          	jal	804015e8 <readi>
804004fc:	02000793          	li	a5,32
80400500:	08f51863          	bne	a0,a5,80400590 <fs_open+0x104>
80400504:	57c2                	lw	a5,48(sp)
80400506:	cb81                	beqz	a5,80400516 <fs_open+0x8a>
80400508:	00c9a783          	lw	a5,12(s3)
8040050c:	8a22                	mv	s4,s0
8040050e:	02040413          	add	s0,s0,32
80400512:	fc87fde3          	bgeu	a5,s0,804004ec <fs_open+0x60>
80400516:	02000613          	li	a2,32
8040051a:	4581                	li	a1,0
8040051c:	1808                	add	a0,sp,48
8040051e:	146020ef          	jal	80402664 <memset>
80400522:	4671                	li	a2,28
80400524:	084c                	add	a1,sp,20
80400526:	1848                	add	a0,sp,52
80400528:	d856                	sw	s5,48(sp)
8040052a:	252020ef          	jal	8040277c <strlcpy_k>
8040052e:	02000713          	li	a4,32
80400532:	86d2                	mv	a3,s4
80400534:	1810                	add	a2,sp,48
80400536:	4581                	li	a1,0
80400538:	854e                	mv	a0,s3
8040053a:	182010ef          	jal	804016bc <writei>
8040053e:	02000793          	li	a5,32
80400542:	02f51c63          	bne	a0,a5,8040057a <fs_open+0xee>
80400546:	4542                	lw	a0,16(sp)
80400548:	c088                	sw	a0,0(s1)
8040054a:	a029                	j	80400554 <fs_open+0xc8>
8040054c:	609000ef          	jal	80401354 <iget>
80400550:	c088                	sw	a0,0(s1)
80400552:	c115                	beqz	a0,80400576 <fs_open+0xea>
80400554:	00855703          	lhu	a4,8(a0)
80400558:	4785                	li	a5,1
8040055a:	02f71763          	bne	a4,a5,80400588 <fs_open+0xfc>
8040055e:	20097793          	and	a5,s2,512
80400562:	c781                	beqz	a5,8040056a <fs_open+0xde>
80400564:	00397793          	and	a5,s2,3
80400568:	e399                	bnez	a5,8040056e <fs_open+0xe2>
8040056a:	4501                	li	a0,0
8040056c:	b791                	j	804004b0 <fs_open+0x24>
8040056e:	793000ef          	jal	80401500 <itrunc>
80400572:	4501                	li	a0,0
80400574:	bf35                	j	804004b0 <fs_open+0x24>
80400576:	5521                	li	a0,-24
80400578:	bf25                	j	804004b0 <fs_open+0x24>
8040057a:	4542                	lw	a0,16(sp)
8040057c:	00051523          	sh	zero,10(a0)
80400580:	725000ef          	jal	804014a4 <iput>
80400584:	5511                	li	a0,-28
80400586:	b72d                	j	804004b0 <fs_open+0x24>
80400588:	71d000ef          	jal	804014a4 <iput>
8040058c:	552d                	li	a0,-21
8040058e:	b70d                	j	804004b0 <fs_open+0x24>
80400590:	80406537          	lui	a0,0x80406
80400594:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x3be>
80400598:	139010ef          	jal	80401ed0 <panic>

8040059c <fs_lookup>:
8040059c:	7179                	add	sp,sp,-48
8040059e:	d422                	sw	s0,40(sp)
804005a0:	842e                	mv	s0,a1
804005a2:	004c                	add	a1,sp,4
804005a4:	d606                	sw	ra,44(sp)
804005a6:	3509                	jal	804003a8 <path_name>
804005a8:	87aa                	mv	a5,a0
804005aa:	00054663          	bltz	a0,804005b6 <fs_lookup+0x1a>
804005ae:	3d3000ef          	jal	80401180 <fs_mounted>
804005b2:	e519                	bnez	a0,804005c0 <fs_lookup+0x24>
804005b4:	57f9                	li	a5,-2
804005b6:	50b2                	lw	ra,44(sp)
804005b8:	5422                	lw	s0,40(sp)
804005ba:	853e                	mv	a0,a5
804005bc:	6145                	add	sp,sp,48
804005be:	8082                	ret
804005c0:	3cb000ef          	jal	8040118a <fs_root>
804005c4:	860a                	mv	a2,sp
804005c6:	004c                	add	a1,sp,4
804005c8:	3d25                	jal	80400400 <dir_lookup>
804005ca:	d56d                	beqz	a0,804005b4 <fs_lookup+0x18>
804005cc:	589000ef          	jal	80401354 <iget>
804005d0:	c008                	sw	a0,0(s0)
804005d2:	c919                	beqz	a0,804005e8 <fs_lookup+0x4c>
804005d4:	00855683          	lhu	a3,8(a0)
804005d8:	4705                	li	a4,1
804005da:	4781                	li	a5,0
804005dc:	fce68de3          	beq	a3,a4,804005b6 <fs_lookup+0x1a>
804005e0:	6c5000ef          	jal	804014a4 <iput>
804005e4:	57ad                	li	a5,-21
804005e6:	bfc1                	j	804005b6 <fs_lookup+0x1a>
804005e8:	57a1                	li	a5,-24
804005ea:	b7f1                	j	804005b6 <fs_lookup+0x1a>

804005ec <fs_unlink>:
804005ec:	715d                	add	sp,sp,-80
804005ee:	004c                	add	a1,sp,4
804005f0:	c4a2                	sw	s0,72(sp)
804005f2:	c686                	sw	ra,76(sp)
804005f4:	c2a6                	sw	s1,68(sp)
804005f6:	c0ca                	sw	s2,64(sp)
804005f8:	3b45                	jal	804003a8 <path_name>
804005fa:	842a                	mv	s0,a0
804005fc:	00054663          	bltz	a0,80400608 <fs_unlink+0x1c>
80400600:	381000ef          	jal	80401180 <fs_mounted>
80400604:	e909                	bnez	a0,80400616 <fs_unlink+0x2a>
80400606:	5479                	li	s0,-2
80400608:	40b6                	lw	ra,76(sp)
8040060a:	8522                	mv	a0,s0
8040060c:	4426                	lw	s0,72(sp)
8040060e:	4496                	lw	s1,68(sp)
80400610:	4906                	lw	s2,64(sp)
80400612:	6161                	add	sp,sp,80
80400614:	8082                	ret
80400616:	375000ef          	jal	8040118a <fs_root>
8040061a:	860a                	mv	a2,sp
8040061c:	004c                	add	a1,sp,4
8040061e:	84aa                	mv	s1,a0
80400620:	33c5                	jal	80400400 <dir_lookup>
80400622:	d175                	beqz	a0,80400606 <fs_unlink+0x1a>
80400624:	531000ef          	jal	80401354 <iget>
80400628:	892a                	mv	s2,a0
8040062a:	c10d                	beqz	a0,8040064c <fs_unlink+0x60>
8040062c:	00855703          	lhu	a4,8(a0)
80400630:	4785                	li	a5,1
80400632:	00f70f63          	beq	a4,a5,80400650 <fs_unlink+0x64>
80400636:	542d                	li	s0,-21
80400638:	854a                	mv	a0,s2
8040063a:	66b000ef          	jal	804014a4 <iput>
8040063e:	40b6                	lw	ra,76(sp)
80400640:	8522                	mv	a0,s0
80400642:	4426                	lw	s0,72(sp)
80400644:	4496                	lw	s1,68(sp)
80400646:	4906                	lw	s2,64(sp)
80400648:	6161                	add	sp,sp,80
8040064a:	8082                	ret
8040064c:	5421                	li	s0,-24
8040064e:	bf6d                	j	80400608 <fs_unlink+0x1c>
80400650:	02000613          	li	a2,32
80400654:	4581                	li	a1,0
80400656:	1008                	add	a0,sp,32
80400658:	00c020ef          	jal	80402664 <memset>
8040065c:	4682                	lw	a3,0(sp)
8040065e:	02000713          	li	a4,32
80400662:	1010                	add	a2,sp,32
80400664:	4581                	li	a1,0
80400666:	8526                	mv	a0,s1
80400668:	054010ef          	jal	804016bc <writei>
8040066c:	00a95783          	lhu	a5,10(s2)
80400670:	854a                	mv	a0,s2
80400672:	17fd                	add	a5,a5,-1
80400674:	00f91523          	sh	a5,10(s2)
80400678:	31d000ef          	jal	80401194 <iupdate>
8040067c:	bf75                	j	80400638 <fs_unlink+0x4c>

8040067e <fs_readdir>:
8040067e:	715d                	add	sp,sp,-80
80400680:	c0ca                	sw	s2,64(sp)
80400682:	de4e                	sw	s3,60(sp)
80400684:	da56                	sw	s5,52(sp)
80400686:	c686                	sw	ra,76(sp)
80400688:	c4a2                	sw	s0,72(sp)
8040068a:	c2a6                	sw	s1,68(sp)
8040068c:	dc52                	sw	s4,56(sp)
8040068e:	89aa                	mv	s3,a0
80400690:	8aae                	mv	s5,a1
80400692:	8932                	mv	s2,a2
80400694:	2ed000ef          	jal	80401180 <fs_mounted>
80400698:	c925                	beqz	a0,80400708 <fs_readdir+0x8a>
8040069a:	2f1000ef          	jal	8040118a <fs_root>
8040069e:	4558                	lw	a4,12(a0)
804006a0:	47fd                	li	a5,31
804006a2:	84aa                	mv	s1,a0
804006a4:	06e7f263          	bgeu	a5,a4,80400708 <fs_readdir+0x8a>
804006a8:	4401                	li	s0,0
804006aa:	4a05                	li	s4,1
804006ac:	a801                	j	804006bc <fs_readdir+0x3e>
804006ae:	44d8                	lw	a4,12(s1)
804006b0:	04040793          	add	a5,s0,64
804006b4:	02040413          	add	s0,s0,32
804006b8:	04f76863          	bltu	a4,a5,80400708 <fs_readdir+0x8a>
804006bc:	02000713          	li	a4,32
804006c0:	86a2                	mv	a3,s0
804006c2:	0810                	add	a2,sp,16
804006c4:	4581                	li	a1,0
804006c6:	8526                	mv	a0,s1
804006c8:	721000ef          	jal	804015e8 <readi>
804006cc:	02000793          	li	a5,32
804006d0:	04f51f63          	bne	a0,a5,8040072e <fs_readdir+0xb0>
804006d4:	4542                	lw	a0,16(sp)
804006d6:	46b000ef          	jal	80401340 <inum_valid>
804006da:	d971                	beqz	a0,804006ae <fs_readdir+0x30>
804006dc:	4542                	lw	a0,16(sp)
804006de:	864a                	mv	a2,s2
804006e0:	00e10593          	add	a1,sp,14
804006e4:	495000ef          	jal	80401378 <istat>
804006e8:	00e15783          	lhu	a5,14(sp)
804006ec:	fd4791e3          	bne	a5,s4,804006ae <fs_readdir+0x30>
804006f0:	fff98793          	add	a5,s3,-1
804006f4:	02098463          	beqz	s3,8040071c <fs_readdir+0x9e>
804006f8:	44d8                	lw	a4,12(s1)
804006fa:	89be                	mv	s3,a5
804006fc:	04040793          	add	a5,s0,64
80400700:	02040413          	add	s0,s0,32
80400704:	faf77ce3          	bgeu	a4,a5,804006bc <fs_readdir+0x3e>
80400708:	5579                	li	a0,-2
8040070a:	40b6                	lw	ra,76(sp)
8040070c:	4426                	lw	s0,72(sp)
8040070e:	4496                	lw	s1,68(sp)
80400710:	4906                	lw	s2,64(sp)
80400712:	59f2                	lw	s3,60(sp)
80400714:	5a62                	lw	s4,56(sp)
80400716:	5ad2                	lw	s5,52(sp)
80400718:	6161                	add	sp,sp,80
8040071a:	8082                	ret
8040071c:	466d                	li	a2,27
8040071e:	084c                	add	a1,sp,20
80400720:	8556                	mv	a0,s5
80400722:	785010ef          	jal	804026a6 <memcpy>
80400726:	4501                	li	a0,0
80400728:	000a8da3          	sb	zero,27(s5)
8040072c:	bff9                	j	8040070a <fs_readdir+0x8c>
8040072e:	80406537          	lui	a0,0x80406
80400732:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x3be>
80400736:	79a010ef          	jal	80401ed0 <panic>

8040073a <image_read>:
8040073a:	4518                	lw	a4,8(a0)
8040073c:	04b76763          	bltu	a4,a1,8040078a <image_read+0x50>
80400740:	1141                	add	sp,sp,-16
80400742:	c422                	sw	s0,8(sp)
80400744:	c606                	sw	ra,12(sp)
80400746:	8f0d                	sub	a4,a4,a1
80400748:	8436                	mv	s0,a3
8040074a:	04d76263          	bltu	a4,a3,8040078e <image_read+0x54>
8040074e:	00052803          	lw	a6,0(a0)
80400752:	87aa                	mv	a5,a0
80400754:	02080063          	beqz	a6,80400774 <image_read+0x3a>
80400758:	8736                	mv	a4,a3
8040075a:	8542                	mv	a0,a6
8040075c:	86ae                	mv	a3,a1
8040075e:	4581                	li	a1,0
80400760:	689000ef          	jal	804015e8 <readi>
80400764:	87aa                	mv	a5,a0
80400766:	556d                	li	a0,-5
80400768:	00878c63          	beq	a5,s0,80400780 <image_read+0x46>
8040076c:	40b2                	lw	ra,12(sp)
8040076e:	4422                	lw	s0,8(sp)
80400770:	0141                	add	sp,sp,16
80400772:	8082                	ret
80400774:	43dc                	lw	a5,4(a5)
80400776:	8532                	mv	a0,a2
80400778:	8636                	mv	a2,a3
8040077a:	95be                	add	a1,a1,a5
8040077c:	72b010ef          	jal	804026a6 <memcpy>
80400780:	40b2                	lw	ra,12(sp)
80400782:	4422                	lw	s0,8(sp)
80400784:	4501                	li	a0,0
80400786:	0141                	add	sp,sp,16
80400788:	8082                	ret
8040078a:	5561                	li	a0,-8
8040078c:	8082                	ret
8040078e:	5561                	li	a0,-8
80400790:	bff1                	j	8040076c <image_read+0x32>

80400792 <proc_spawn>:
80400792:	7111                	add	sp,sp,-256
80400794:	dba6                	sw	s1,244(sp)
80400796:	d9ca                	sw	s2,240(sp)
80400798:	d5d2                	sw	s4,232(sp)
8040079a:	84aa                	mv	s1,a0
8040079c:	892e                	mv	s2,a1
8040079e:	8a32                	mv	s4,a2
804007a0:	4581                	li	a1,0
804007a2:	4631                	li	a2,12
804007a4:	0808                	add	a0,sp,16
804007a6:	df86                	sw	ra,252(sp)
804007a8:	dda2                	sw	s0,248(sp)
804007aa:	d7ce                	sw	s3,236(sp)
804007ac:	d3d6                	sw	s5,228(sp)
804007ae:	d1da                	sw	s6,224(sp)
804007b0:	cfde                	sw	s7,220(sp)
804007b2:	cde2                	sw	s8,216(sp)
804007b4:	cbe6                	sw	s9,212(sp)
804007b6:	c9ea                	sw	s10,208(sp)
804007b8:	c7ee                	sw	s11,204(sp)
804007ba:	6ab010ef          	jal	80402664 <memset>
804007be:	1c3000ef          	jal	80401180 <fs_mounted>
804007c2:	e949                	bnez	a0,80400854 <proc_spawn+0xc2>
804007c4:	0004c683          	lbu	a3,0(s1)
804007c8:	02f00793          	li	a5,47
804007cc:	8526                	mv	a0,s1
804007ce:	02f00713          	li	a4,47
804007d2:	00f69763          	bne	a3,a5,804007e0 <proc_spawn+0x4e>
804007d6:	00154783          	lbu	a5,1(a0)
804007da:	0505                	add	a0,a0,1
804007dc:	fee78de3          	beq	a5,a4,804007d6 <proc_spawn+0x44>
804007e0:	4b5010ef          	jal	80402494 <program_find>
804007e4:	2e050763          	beqz	a0,80400ad2 <proc_spawn+0x340>
804007e8:	4158                	lw	a4,4(a0)
804007ea:	451c                	lw	a5,8(a0)
804007ec:	ca3a                	sw	a4,20(sp)
804007ee:	8f99                	sub	a5,a5,a4
804007f0:	cc3e                	sw	a5,24(sp)
804007f2:	764010ef          	jal	80401f56 <proc_alloc>
804007f6:	89aa                	mv	s3,a0
804007f8:	c90d                	beqz	a0,8040082a <proc_spawn+0x98>
804007fa:	03400693          	li	a3,52
804007fe:	1870                	add	a2,sp,60
80400800:	4581                	li	a1,0
80400802:	0808                	add	a0,sp,16
80400804:	3f1d                	jal	8040073a <image_read>
80400806:	00054963          	bltz	a0,80400818 <proc_spawn+0x86>
8040080a:	5772                	lw	a4,60(sp)
8040080c:	464c47b7          	lui	a5,0x464c4
80400810:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
80400814:	04f70863          	beq	a4,a5,80400864 <proc_spawn+0xd2>
80400818:	5461                	li	s0,-8
8040081a:	4542                	lw	a0,16(sp)
8040081c:	c119                	beqz	a0,80400822 <proc_spawn+0x90>
8040081e:	487000ef          	jal	804014a4 <iput>
80400822:	854e                	mv	a0,s3
80400824:	011010ef          	jal	80402034 <proc_free>
80400828:	a031                	j	80400834 <proc_spawn+0xa2>
8040082a:	4542                	lw	a0,16(sp)
8040082c:	c119                	beqz	a0,80400832 <proc_spawn+0xa0>
8040082e:	477000ef          	jal	804014a4 <iput>
80400832:	5455                	li	s0,-11
80400834:	50fe                	lw	ra,252(sp)
80400836:	8522                	mv	a0,s0
80400838:	546e                	lw	s0,248(sp)
8040083a:	54de                	lw	s1,244(sp)
8040083c:	594e                	lw	s2,240(sp)
8040083e:	59be                	lw	s3,236(sp)
80400840:	5a2e                	lw	s4,232(sp)
80400842:	5a9e                	lw	s5,228(sp)
80400844:	5b0e                	lw	s6,224(sp)
80400846:	4bfe                	lw	s7,220(sp)
80400848:	4c6e                	lw	s8,216(sp)
8040084a:	4cde                	lw	s9,212(sp)
8040084c:	4d4e                	lw	s10,208(sp)
8040084e:	4dbe                	lw	s11,204(sp)
80400850:	6111                	add	sp,sp,256
80400852:	8082                	ret
80400854:	186c                	add	a1,sp,60
80400856:	8526                	mv	a0,s1
80400858:	3391                	jal	8040059c <fs_lookup>
8040085a:	f52d                	bnez	a0,804007c4 <proc_spawn+0x32>
8040085c:	5772                	lw	a4,60(sp)
8040085e:	475c                	lw	a5,12(a4)
80400860:	c83a                	sw	a4,16(sp)
80400862:	b779                	j	804007f0 <proc_spawn+0x5e>
80400864:	04015703          	lhu	a4,64(sp)
80400868:	10100793          	li	a5,257
8040086c:	faf716e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400870:	4736                	lw	a4,76(sp)
80400872:	00f307b7          	lui	a5,0xf30
80400876:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80400878:	faf710e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
8040087c:	06615703          	lhu	a4,102(sp)
80400880:	02000793          	li	a5,32
80400884:	f8f71ae3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400888:	06815783          	lhu	a5,104(sp)
8040088c:	473d                	li	a4,15
8040088e:	17fd                	add	a5,a5,-1
80400890:	07c2                	sll	a5,a5,0x10
80400892:	83c1                	srl	a5,a5,0x10
80400894:	f8f762e3          	bltu	a4,a5,80400818 <proc_spawn+0x86>
80400898:	45e6                	lw	a1,88(sp)
8040089a:	47e2                	lw	a5,24(sp)
8040089c:	f6b7eee3          	bltu	a5,a1,80400818 <proc_spawn+0x86>
804008a0:	c602                	sw	zero,12(sp)
804008a2:	4b81                	li	s7,0
804008a4:	4a85                	li	s5,1
804008a6:	a811                	j	804008ba <proc_spawn+0x128>
804008a8:	47f2                	lw	a5,28(sp)
804008aa:	0d578763          	beq	a5,s5,80400978 <proc_spawn+0x1e6>
804008ae:	06815783          	lhu	a5,104(sp)
804008b2:	0b85                	add	s7,s7,1
804008b4:	02fbf463          	bgeu	s7,a5,804008dc <proc_spawn+0x14a>
804008b8:	45e6                	lw	a1,88(sp)
804008ba:	005b9793          	sll	a5,s7,0x5
804008be:	02000693          	li	a3,32
804008c2:	0870                	add	a2,sp,28
804008c4:	95be                	add	a1,a1,a5
804008c6:	0808                	add	a0,sp,16
804008c8:	3d8d                	jal	8040073a <image_read>
804008ca:	842a                	mv	s0,a0
804008cc:	dd71                	beqz	a0,804008a8 <proc_spawn+0x116>
804008ce:	f40446e3          	bltz	s0,8040081a <proc_spawn+0x88>
804008d2:	06815783          	lhu	a5,104(sp)
804008d6:	0b85                	add	s7,s7,1
804008d8:	fefbe0e3          	bltu	s7,a5,804008b8 <proc_spawn+0x126>
804008dc:	47b2                	lw	a5,12(sp)
804008de:	df8d                	beqz	a5,80400818 <proc_spawn+0x86>
804008e0:	45d6                	lw	a1,84(sp)
804008e2:	0309a503          	lw	a0,48(s3)
804008e6:	4621                	li	a2,8
804008e8:	153020ef          	jal	8040323a <uvm_kva>
804008ec:	1e050563          	beqz	a0,80400ad6 <proc_spawn+0x344>
804008f0:	4732                	lw	a4,12(sp)
804008f2:	6785                	lui	a5,0x1
804008f4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804008f6:	00f70bb3          	add	s7,a4,a5
804008fa:	0309a503          	lw	a0,48(s3)
804008fe:	77fd                	lui	a5,0xfffff
80400900:	00fbfbb3          	and	s7,s7,a5
80400904:	0379ac23          	sw	s7,56(s3)
80400908:	0379aa23          	sw	s7,52(s3)
8040090c:	4699                	li	a3,6
8040090e:	6641                	lui	a2,0x10
80400910:	0bfe05b7          	lui	a1,0xbfe0
80400914:	4bd6                	lw	s7,84(sp)
80400916:	778020ef          	jal	8040308e <uvm_alloc>
8040091a:	8b2a                	mv	s6,a0
8040091c:	10051c63          	bnez	a0,80400a34 <proc_spawn+0x2a2>
80400920:	03c10c13          	add	s8,sp,60
80400924:	0bff0ab7          	lui	s5,0xbff0
80400928:	02000d13          	li	s10,32
8040092c:	f401fcb7          	lui	s9,0xf401f
80400930:	a00d                	j	80400952 <proc_spawn+0x1c0>
80400932:	02a7ee63          	bltu	a5,a0,8040096e <proc_spawn+0x1dc>
80400936:	00092603          	lw	a2,0(s2)
8040093a:	0309a503          	lw	a0,48(s3)
8040093e:	0b05                	add	s6,s6,1
80400940:	0911                	add	s2,s2,4
80400942:	219020ef          	jal	8040335a <copyout>
80400946:	015c2023          	sw	s5,0(s8)
8040094a:	842a                	mv	s0,a0
8040094c:	0c11                	add	s8,s8,4
8040094e:	0e051763          	bnez	a0,80400a3c <proc_spawn+0x2aa>
80400952:	00092503          	lw	a0,0(s2)
80400956:	c56d                	beqz	a0,80400a40 <proc_spawn+0x2ae>
80400958:	5af010ef          	jal	80402706 <strlen>
8040095c:	0505                	add	a0,a0,1
8040095e:	019a87b3          	add	a5,s5,s9
80400962:	40aa8ab3          	sub	s5,s5,a0
80400966:	86aa                	mv	a3,a0
80400968:	85d6                	mv	a1,s5
8040096a:	fdab14e3          	bne	s6,s10,80400932 <proc_spawn+0x1a0>
8040096e:	4542                	lw	a0,16(sp)
80400970:	16051963          	bnez	a0,80400ae2 <proc_spawn+0x350>
80400974:	5429                	li	s0,-22
80400976:	b575                	j	80400822 <proc_spawn+0x90>
80400978:	57c2                	lw	a5,48(sp)
8040097a:	db95                	beqz	a5,804008ae <proc_spawn+0x11c>
8040097c:	56b2                	lw	a3,44(sp)
8040097e:	0309ab03          	lw	s6,48(s3)
80400982:	e8d7ebe3          	bltu	a5,a3,80400818 <proc_spawn+0x86>
80400986:	5592                	lw	a1,36(sp)
80400988:	787d                	lui	a6,0xfffff
8040098a:	0bfde6b7          	lui	a3,0xbfde
8040098e:	01058633          	add	a2,a1,a6
80400992:	e8c6e3e3          	bltu	a3,a2,80400818 <proc_spawn+0x86>
80400996:	0bfdf6b7          	lui	a3,0xbfdf
8040099a:	8e8d                	sub	a3,a3,a1
8040099c:	e6f6eee3          	bltu	a3,a5,80400818 <proc_spawn+0x86>
804009a0:	5552                	lw	a0,52(sp)
804009a2:	00b78633          	add	a2,a5,a1
804009a6:	6785                	lui	a5,0x1
804009a8:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804009aa:	963e                	add	a2,a2,a5
804009ac:	00155693          	srl	a3,a0,0x1
804009b0:	00351793          	sll	a5,a0,0x3
804009b4:	0105f5b3          	and	a1,a1,a6
804009b8:	01067633          	and	a2,a2,a6
804009bc:	8a89                	and	a3,a3,2
804009be:	8ba1                	and	a5,a5,8
804009c0:	8909                	and	a0,a0,2
804009c2:	8e0d                	sub	a2,a2,a1
804009c4:	8edd                	or	a3,a3,a5
804009c6:	c12d                	beqz	a0,80400a28 <proc_spawn+0x296>
804009c8:	0066e693          	or	a3,a3,6
804009cc:	855a                	mv	a0,s6
804009ce:	6c0020ef          	jal	8040308e <uvm_alloc>
804009d2:	6c05                	lui	s8,0x1
804009d4:	842a                	mv	s0,a0
804009d6:	4d01                	li	s10,0
804009d8:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009dc:	cd19                	beqz	a0,804009fa <proc_spawn+0x268>
804009de:	a8c5                	j	80400ace <proc_spawn+0x33c>
804009e0:	01b7f363          	bgeu	a5,s11,804009e6 <proc_spawn+0x254>
804009e4:	8dbe                	mv	s11,a5
804009e6:	055020ef          	jal	8040323a <uvm_kva>
804009ea:	5582                	lw	a1,32(sp)
804009ec:	862a                	mv	a2,a0
804009ee:	86ee                	mv	a3,s11
804009f0:	95ea                	add	a1,a1,s10
804009f2:	0808                	add	a0,sp,16
804009f4:	3399                	jal	8040073a <image_read>
804009f6:	9d6e                	add	s10,s10,s11
804009f8:	e91d                	bnez	a0,80400a2e <proc_spawn+0x29c>
804009fa:	5812                	lw	a6,36(sp)
804009fc:	56b2                	lw	a3,44(sp)
804009fe:	4601                	li	a2,0
80400a00:	010d05b3          	add	a1,s10,a6
80400a04:	0195f7b3          	and	a5,a1,s9
80400a08:	855a                	mv	a0,s6
80400a0a:	41a68db3          	sub	s11,a3,s10
80400a0e:	40fc07b3          	sub	a5,s8,a5
80400a12:	fcdd67e3          	bltu	s10,a3,804009e0 <proc_spawn+0x24e>
80400a16:	57c2                	lw	a5,48(sp)
80400a18:	983e                	add	a6,a6,a5
80400a1a:	47b2                	lw	a5,12(sp)
80400a1c:	eb07f9e3          	bgeu	a5,a6,804008ce <proc_spawn+0x13c>
80400a20:	c642                	sw	a6,12(sp)
80400a22:	ea0458e3          	bgez	s0,804008d2 <proc_spawn+0x140>
80400a26:	bbd5                	j	8040081a <proc_spawn+0x88>
80400a28:	f2d5                	bnez	a3,804009cc <proc_spawn+0x23a>
80400a2a:	4689                	li	a3,2
80400a2c:	b745                	j	804009cc <proc_spawn+0x23a>
80400a2e:	5812                	lw	a6,36(sp)
80400a30:	842a                	mv	s0,a0
80400a32:	b7d5                	j	80400a16 <proc_spawn+0x284>
80400a34:	842a                	mv	s0,a0
80400a36:	0bff0ab7          	lui	s5,0xbff0
80400a3a:	4b01                	li	s6,0
80400a3c:	dc044fe3          	bltz	s0,8040081a <proc_spawn+0x88>
80400a40:	001b0693          	add	a3,s6,1
80400a44:	002b1713          	sll	a4,s6,0x2
80400a48:	0409a783          	lw	a5,64(s3)
80400a4c:	068a                	sll	a3,a3,0x2
80400a4e:	0810                	add	a2,sp,16
80400a50:	0b070713          	add	a4,a4,176
80400a54:	0309a503          	lw	a0,48(s3)
80400a58:	9732                	add	a4,a4,a2
80400a5a:	40da85b3          	sub	a1,s5,a3
80400a5e:	f6072e23          	sw	zero,-132(a4)
80400a62:	99c1                	and	a1,a1,-16
80400a64:	0367a423          	sw	s6,40(a5)
80400a68:	d7cc                	sw	a1,44(a5)
80400a6a:	c78c                	sw	a1,8(a5)
80400a6c:	1870                	add	a2,sp,60
80400a6e:	0ed020ef          	jal	8040335a <copyout>
80400a72:	842a                	mv	s0,a0
80400a74:	4542                	lw	a0,16(sp)
80400a76:	c119                	beqz	a0,80400a7c <proc_spawn+0x2ea>
80400a78:	22d000ef          	jal	804014a4 <iput>
80400a7c:	da0443e3          	bltz	s0,80400822 <proc_spawn+0x90>
80400a80:	0409a783          	lw	a5,64(s3)
80400a84:	85a6                	mv	a1,s1
80400a86:	0977a023          	sw	s7,128(a5)
80400a8a:	0004c703          	lbu	a4,0(s1)
80400a8e:	c31d                	beqz	a4,80400ab4 <proc_spawn+0x322>
80400a90:	02f00693          	li	a3,47
80400a94:	0014c783          	lbu	a5,1(s1)
80400a98:	0485                	add	s1,s1,1
80400a9a:	00d70963          	beq	a4,a3,80400aac <proc_spawn+0x31a>
80400a9e:	cb99                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aa0:	873e                	mv	a4,a5
80400aa2:	0014c783          	lbu	a5,1(s1)
80400aa6:	0485                	add	s1,s1,1
80400aa8:	fed71be3          	bne	a4,a3,80400a9e <proc_spawn+0x30c>
80400aac:	c781                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aae:	85a6                	mv	a1,s1
80400ab0:	873e                	mv	a4,a5
80400ab2:	bfc5                	j	80400aa2 <proc_spawn+0x310>
80400ab4:	4641                	li	a2,16
80400ab6:	00c98513          	add	a0,s3,12
80400aba:	4c3010ef          	jal	8040277c <strlcpy_k>
80400abe:	4789                	li	a5,2
80400ac0:	0049a403          	lw	s0,4(s3)
80400ac4:	0149a423          	sw	s4,8(s3)
80400ac8:	00f9a023          	sw	a5,0(s3)
80400acc:	b3a5                	j	80400834 <proc_spawn+0xa2>
80400ace:	5812                	lw	a6,36(sp)
80400ad0:	b799                	j	80400a16 <proc_spawn+0x284>
80400ad2:	5479                	li	s0,-2
80400ad4:	b385                	j	80400834 <proc_spawn+0xa2>
80400ad6:	4542                	lw	a0,16(sp)
80400ad8:	c119                	beqz	a0,80400ade <proc_spawn+0x34c>
80400ada:	1cb000ef          	jal	804014a4 <iput>
80400ade:	5461                	li	s0,-8
80400ae0:	b389                	j	80400822 <proc_spawn+0x90>
80400ae2:	1c3000ef          	jal	804014a4 <iput>
80400ae6:	5429                	li	s0,-22
80400ae8:	bb2d                	j	80400822 <proc_spawn+0x90>

80400aea <file_console>:
80400aea:	80429537          	lui	a0,0x80429
80400aee:	00050513          	mv	a0,a0
80400af2:	8082                	ret

80400af4 <file_alloc>:
80400af4:	1141                	add	sp,sp,-16
80400af6:	8046f7b7          	lui	a5,0x8046f
80400afa:	c606                	sw	ra,12(sp)
80400afc:	c422                	sw	s0,8(sp)
80400afe:	8d478793          	add	a5,a5,-1836 # 8046e8d4 <files+0x4>
80400b02:	4701                	li	a4,0
80400b04:	08000613          	li	a2,128
80400b08:	a021                	j	80400b10 <file_alloc+0x1c>
80400b0a:	0705                	add	a4,a4,1
80400b0c:	02c70a63          	beq	a4,a2,80400b40 <file_alloc+0x4c>
80400b10:	4394                	lw	a3,0(a5)
80400b12:	07f1                	add	a5,a5,28
80400b14:	fafd                	bnez	a3,80400b0a <file_alloc+0x16>
80400b16:	00371413          	sll	s0,a4,0x3
80400b1a:	8c19                	sub	s0,s0,a4
80400b1c:	8046f7b7          	lui	a5,0x8046f
80400b20:	8d078793          	add	a5,a5,-1840 # 8046e8d0 <files>
80400b24:	040a                	sll	s0,s0,0x2
80400b26:	943e                	add	s0,s0,a5
80400b28:	8522                	mv	a0,s0
80400b2a:	4671                	li	a2,28
80400b2c:	4581                	li	a1,0
80400b2e:	337010ef          	jal	80402664 <memset>
80400b32:	4785                	li	a5,1
80400b34:	40b2                	lw	ra,12(sp)
80400b36:	c05c                	sw	a5,4(s0)
80400b38:	8522                	mv	a0,s0
80400b3a:	4422                	lw	s0,8(sp)
80400b3c:	0141                	add	sp,sp,16
80400b3e:	8082                	ret
80400b40:	4401                	li	s0,0
80400b42:	40b2                	lw	ra,12(sp)
80400b44:	8522                	mv	a0,s0
80400b46:	4422                	lw	s0,8(sp)
80400b48:	0141                	add	sp,sp,16
80400b4a:	8082                	ret

80400b4c <file_dup>:
80400b4c:	4158                	lw	a4,4(a0)
80400b4e:	0705                	add	a4,a4,1
80400b50:	c158                	sw	a4,4(a0)
80400b52:	8082                	ret

80400b54 <file_close>:
80400b54:	415c                	lw	a5,4(a0)
80400b56:	1141                	add	sp,sp,-16
80400b58:	c606                	sw	ra,12(sp)
80400b5a:	c422                	sw	s0,8(sp)
80400b5c:	02f05c63          	blez	a5,80400b94 <file_close+0x40>
80400b60:	17fd                	add	a5,a5,-1
80400b62:	c15c                	sw	a5,4(a0)
80400b64:	842a                	mv	s0,a0
80400b66:	ef89                	bnez	a5,80400b80 <file_close+0x2c>
80400b68:	804297b7          	lui	a5,0x80429
80400b6c:	00078793          	mv	a5,a5
80400b70:	00f50863          	beq	a0,a5,80400b80 <file_close+0x2c>
80400b74:	4118                	lw	a4,0(a0)
80400b76:	4789                	li	a5,2
80400b78:	00f70863          	beq	a4,a5,80400b88 <file_close+0x34>
80400b7c:	00042023          	sw	zero,0(s0)
80400b80:	40b2                	lw	ra,12(sp)
80400b82:	4422                	lw	s0,8(sp)
80400b84:	0141                	add	sp,sp,16
80400b86:	8082                	ret
80400b88:	4948                	lw	a0,20(a0)
80400b8a:	11b000ef          	jal	804014a4 <iput>
80400b8e:	e10ff0ef          	jal	8040019e <bio_flush>
80400b92:	b7ed                	j	80400b7c <file_close+0x28>
80400b94:	80406537          	lui	a0,0x80406
80400b98:	05850513          	add	a0,a0,88 # 80406058 <__udivdi3+0x3de>
80400b9c:	334010ef          	jal	80401ed0 <panic>

80400ba0 <file_read>:
80400ba0:	4514                	lw	a3,8(a0)
80400ba2:	c2a9                	beqz	a3,80400be4 <file_read+0x44>
80400ba4:	8732                	mv	a4,a2
80400ba6:	4110                	lw	a2,0(a0)
80400ba8:	1141                	add	sp,sp,-16
80400baa:	c422                	sw	s0,8(sp)
80400bac:	c606                	sw	ra,12(sp)
80400bae:	4685                	li	a3,1
80400bb0:	842a                	mv	s0,a0
80400bb2:	87ae                	mv	a5,a1
80400bb4:	02d60163          	beq	a2,a3,80400bd6 <file_read+0x36>
80400bb8:	4d14                	lw	a3,24(a0)
80400bba:	4948                	lw	a0,20(a0)
80400bbc:	862e                	mv	a2,a1
80400bbe:	4585                	li	a1,1
80400bc0:	229000ef          	jal	804015e8 <readi>
80400bc4:	00a05563          	blez	a0,80400bce <file_read+0x2e>
80400bc8:	4c1c                	lw	a5,24(s0)
80400bca:	97aa                	add	a5,a5,a0
80400bcc:	cc1c                	sw	a5,24(s0)
80400bce:	40b2                	lw	ra,12(sp)
80400bd0:	4422                	lw	s0,8(sp)
80400bd2:	0141                	add	sp,sp,16
80400bd4:	8082                	ret
80400bd6:	4422                	lw	s0,8(sp)
80400bd8:	40b2                	lw	ra,12(sp)
80400bda:	85ba                	mv	a1,a4
80400bdc:	853e                	mv	a0,a5
80400bde:	0141                	add	sp,sp,16
80400be0:	e8aff06f          	j	8040026a <console_read>
80400be4:	555d                	li	a0,-9
80400be6:	8082                	ret

80400be8 <file_write>:
80400be8:	4554                	lw	a3,12(a0)
80400bea:	c6b1                	beqz	a3,80400c36 <file_write+0x4e>
80400bec:	8732                	mv	a4,a2
80400bee:	4110                	lw	a2,0(a0)
80400bf0:	1141                	add	sp,sp,-16
80400bf2:	c422                	sw	s0,8(sp)
80400bf4:	c606                	sw	ra,12(sp)
80400bf6:	4685                	li	a3,1
80400bf8:	842a                	mv	s0,a0
80400bfa:	87ae                	mv	a5,a1
80400bfc:	02d60663          	beq	a2,a3,80400c28 <file_write+0x40>
80400c00:	4914                	lw	a3,16(a0)
80400c02:	4948                	lw	a0,20(a0)
80400c04:	ee99                	bnez	a3,80400c22 <file_write+0x3a>
80400c06:	4c14                	lw	a3,24(s0)
80400c08:	863e                	mv	a2,a5
80400c0a:	4585                	li	a1,1
80400c0c:	2b1000ef          	jal	804016bc <writei>
80400c10:	00a05563          	blez	a0,80400c1a <file_write+0x32>
80400c14:	4c1c                	lw	a5,24(s0)
80400c16:	97aa                	add	a5,a5,a0
80400c18:	cc1c                	sw	a5,24(s0)
80400c1a:	40b2                	lw	ra,12(sp)
80400c1c:	4422                	lw	s0,8(sp)
80400c1e:	0141                	add	sp,sp,16
80400c20:	8082                	ret
80400c22:	4554                	lw	a3,12(a0)
80400c24:	cc14                	sw	a3,24(s0)
80400c26:	b7cd                	j	80400c08 <file_write+0x20>
80400c28:	4422                	lw	s0,8(sp)
80400c2a:	40b2                	lw	ra,12(sp)
80400c2c:	85ba                	mv	a1,a4
80400c2e:	853e                	mv	a0,a5
80400c30:	0141                	add	sp,sp,16
80400c32:	ef0ff06f          	j	80400322 <console_write>
80400c36:	555d                	li	a0,-9
80400c38:	8082                	ret

80400c3a <file_seek>:
80400c3a:	411c                	lw	a5,0(a0)
80400c3c:	4709                	li	a4,2
80400c3e:	02e79963          	bne	a5,a4,80400c70 <file_seek+0x36>
80400c42:	c21d                	beqz	a2,80400c68 <file_seek+0x2e>
80400c44:	4705                	li	a4,1
80400c46:	02e60363          	beq	a2,a4,80400c6c <file_seek+0x32>
80400c4a:	02f61363          	bne	a2,a5,80400c70 <file_seek+0x36>
80400c4e:	495c                	lw	a5,20(a0)
80400c50:	47dc                	lw	a5,12(a5)
80400c52:	97ae                	add	a5,a5,a1
80400c54:	00b7b733          	sltu	a4,a5,a1
80400c58:	81fd                	srl	a1,a1,0x1f
80400c5a:	00e59b63          	bne	a1,a4,80400c70 <file_seek+0x36>
80400c5e:	0007c963          	bltz	a5,80400c70 <file_seek+0x36>
80400c62:	cd1c                	sw	a5,24(a0)
80400c64:	853e                	mv	a0,a5
80400c66:	8082                	ret
80400c68:	4781                	li	a5,0
80400c6a:	b7e5                	j	80400c52 <file_seek+0x18>
80400c6c:	4d1c                	lw	a5,24(a0)
80400c6e:	b7d5                	j	80400c52 <file_seek+0x18>
80400c70:	5529                	li	a0,-22
80400c72:	8082                	ret

80400c74 <bfree>:
80400c74:	804727b7          	lui	a5,0x80472
80400c78:	8d078793          	add	a5,a5,-1840 # 804718d0 <sb>
80400c7c:	5398                	lw	a4,32(a5)
80400c7e:	1101                	add	sp,sp,-32
80400c80:	c84a                	sw	s2,16(sp)
80400c82:	ce06                	sw	ra,28(sp)
80400c84:	cc22                	sw	s0,24(sp)
80400c86:	ca26                	sw	s1,20(sp)
80400c88:	c64e                	sw	s3,12(sp)
80400c8a:	892a                	mv	s2,a0
80400c8c:	04e56d63          	bltu	a0,a4,80400ce6 <bfree+0x72>
80400c90:	4798                	lw	a4,8(a5)
80400c92:	04e57a63          	bgeu	a0,a4,80400ce6 <bfree+0x72>
80400c96:	4b98                	lw	a4,16(a5)
80400c98:	4485                	li	s1,1
80400c9a:	00757793          	and	a5,a0,7
80400c9e:	813d                	srl	a0,a0,0xf
80400ca0:	00f494b3          	sll	s1,s1,a5
80400ca4:	953a                	add	a0,a0,a4
80400ca6:	01191793          	sll	a5,s2,0x11
80400caa:	0147d413          	srl	s0,a5,0x14
80400cae:	c54ff0ef          	jal	80400102 <bread>
80400cb2:	008507b3          	add	a5,a0,s0
80400cb6:	0187c703          	lbu	a4,24(a5)
80400cba:	0ff4f493          	zext.b	s1,s1
80400cbe:	89aa                	mv	s3,a0
80400cc0:	009776b3          	and	a3,a4,s1
80400cc4:	ca85                	beqz	a3,80400cf4 <bfree+0x80>
80400cc6:	fff4c493          	not	s1,s1
80400cca:	8f65                	and	a4,a4,s1
80400ccc:	00e78c23          	sb	a4,24(a5)
80400cd0:	c92ff0ef          	jal	80400162 <bdirty>
80400cd4:	4462                	lw	s0,24(sp)
80400cd6:	40f2                	lw	ra,28(sp)
80400cd8:	44d2                	lw	s1,20(sp)
80400cda:	4942                	lw	s2,16(sp)
80400cdc:	854e                	mv	a0,s3
80400cde:	49b2                	lw	s3,12(sp)
80400ce0:	6105                	add	sp,sp,32
80400ce2:	c86ff06f          	j	80400168 <brelse>
80400ce6:	80406537          	lui	a0,0x80406
80400cea:	85ca                	mv	a1,s2
80400cec:	07050513          	add	a0,a0,112 # 80406070 <__udivdi3+0x3f6>
80400cf0:	1e0010ef          	jal	80401ed0 <panic>
80400cf4:	80406537          	lui	a0,0x80406
80400cf8:	85ca                	mv	a1,s2
80400cfa:	09850513          	add	a0,a0,152 # 80406098 <__udivdi3+0x41e>
80400cfe:	1d2010ef          	jal	80401ed0 <panic>

80400d02 <trim_indirect>:
80400d02:	7179                	add	sp,sp,-48
80400d04:	ce4e                	sw	s3,28(sp)
80400d06:	cc52                	sw	s4,24(sp)
80400d08:	c85a                	sw	s6,16(sp)
80400d0a:	c65e                	sw	s7,12(sp)
80400d0c:	c266                	sw	s9,4(sp)
80400d0e:	d606                	sw	ra,44(sp)
80400d10:	d422                	sw	s0,40(sp)
80400d12:	d226                	sw	s1,36(sp)
80400d14:	d04a                	sw	s2,32(sp)
80400d16:	ca56                	sw	s5,20(sp)
80400d18:	c462                	sw	s8,8(sp)
80400d1a:	c06a                	sw	s10,0(sp)
80400d1c:	4785                	li	a5,1
80400d1e:	8cb2                	mv	s9,a2
80400d20:	8baa                	mv	s7,a0
80400d22:	8b2e                	mv	s6,a1
80400d24:	89b6                	mv	s3,a3
80400d26:	4a05                	li	s4,1
80400d28:	00f60463          	beq	a2,a5,80400d30 <trim_indirect+0x2e>
80400d2c:	40000a13          	li	s4,1024
80400d30:	855e                	mv	a0,s7
80400d32:	6a85                	lui	s5,0x1
80400d34:	bceff0ef          	jal	80400102 <bread>
80400d38:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80400d3a:	8c2a                	mv	s8,a0
80400d3c:	01850413          	add	s0,a0,24
80400d40:	9aaa                	add	s5,s5,a0
80400d42:	84da                	mv	s1,s6
80400d44:	4d05                	li	s10,1
80400d46:	4008                	lw	a0,0(s0)
80400d48:	009a0933          	add	s2,s4,s1
80400d4c:	cd01                	beqz	a0,80400d64 <trim_indirect+0x62>
80400d4e:	0129fb63          	bgeu	s3,s2,80400d64 <trim_indirect+0x62>
80400d52:	86ce                	mv	a3,s3
80400d54:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b18fff>
80400d58:	85a6                	mv	a1,s1
80400d5a:	03ac8c63          	beq	s9,s10,80400d92 <trim_indirect+0x90>
80400d5e:	3755                	jal	80400d02 <trim_indirect>
80400d60:	0334fc63          	bgeu	s1,s3,80400d98 <trim_indirect+0x96>
80400d64:	0411                	add	s0,s0,4
80400d66:	84ca                	mv	s1,s2
80400d68:	fd541fe3          	bne	s0,s5,80400d46 <trim_indirect+0x44>
80400d6c:	8562                	mv	a0,s8
80400d6e:	bfaff0ef          	jal	80400168 <brelse>
80400d72:	033b7963          	bgeu	s6,s3,80400da4 <trim_indirect+0xa2>
80400d76:	50b2                	lw	ra,44(sp)
80400d78:	5422                	lw	s0,40(sp)
80400d7a:	5492                	lw	s1,36(sp)
80400d7c:	5902                	lw	s2,32(sp)
80400d7e:	49f2                	lw	s3,28(sp)
80400d80:	4a62                	lw	s4,24(sp)
80400d82:	4ad2                	lw	s5,20(sp)
80400d84:	4b42                	lw	s6,16(sp)
80400d86:	4bb2                	lw	s7,12(sp)
80400d88:	4c22                	lw	s8,8(sp)
80400d8a:	4c92                	lw	s9,4(sp)
80400d8c:	4d02                	lw	s10,0(sp)
80400d8e:	6145                	add	sp,sp,48
80400d90:	8082                	ret
80400d92:	35cd                	jal	80400c74 <bfree>
80400d94:	fd34e8e3          	bltu	s1,s3,80400d64 <trim_indirect+0x62>
80400d98:	00042023          	sw	zero,0(s0)
80400d9c:	8562                	mv	a0,s8
80400d9e:	bc4ff0ef          	jal	80400162 <bdirty>
80400da2:	b7c9                	j	80400d64 <trim_indirect+0x62>
80400da4:	5422                	lw	s0,40(sp)
80400da6:	50b2                	lw	ra,44(sp)
80400da8:	5492                	lw	s1,36(sp)
80400daa:	5902                	lw	s2,32(sp)
80400dac:	49f2                	lw	s3,28(sp)
80400dae:	4a62                	lw	s4,24(sp)
80400db0:	4ad2                	lw	s5,20(sp)
80400db2:	4b42                	lw	s6,16(sp)
80400db4:	4c22                	lw	s8,8(sp)
80400db6:	4c92                	lw	s9,4(sp)
80400db8:	4d02                	lw	s10,0(sp)
80400dba:	855e                	mv	a0,s7
80400dbc:	4bb2                	lw	s7,12(sp)
80400dbe:	6145                	add	sp,sp,48
80400dc0:	bd55                	j	80400c74 <bfree>

80400dc2 <iget.part.0>:
80400dc2:	1141                	add	sp,sp,-16
80400dc4:	804707b7          	lui	a5,0x80470
80400dc8:	c422                	sw	s0,8(sp)
80400dca:	c226                	sw	s1,4(sp)
80400dcc:	c606                	sw	ra,12(sp)
80400dce:	84aa                	mv	s1,a0
80400dd0:	4401                	li	s0,0
80400dd2:	6d078513          	add	a0,a5,1744 # 804706d0 <inodes>
80400dd6:	4701                	li	a4,0
80400dd8:	6d078793          	add	a5,a5,1744
80400ddc:	04000593          	li	a1,64
80400de0:	a809                	j	80400df2 <iget.part.0+0x30>
80400de2:	4390                	lw	a2,0(a5)
80400de4:	08960263          	beq	a2,s1,80400e68 <iget.part.0+0xa6>
80400de8:	0705                	add	a4,a4,1
80400dea:	04878793          	add	a5,a5,72
80400dee:	00b70d63          	beq	a4,a1,80400e08 <iget.part.0+0x46>
80400df2:	43d4                	lw	a3,4(a5)
80400df4:	fed047e3          	bgtz	a3,80400de2 <iget.part.0+0x20>
80400df8:	f865                	bnez	s0,80400de8 <iget.part.0+0x26>
80400dfa:	f6fd                	bnez	a3,80400de8 <iget.part.0+0x26>
80400dfc:	0705                	add	a4,a4,1
80400dfe:	843e                	mv	s0,a5
80400e00:	04878793          	add	a5,a5,72
80400e04:	feb717e3          	bne	a4,a1,80400df2 <iget.part.0+0x30>
80400e08:	c43d                	beqz	s0,80400e76 <iget.part.0+0xb4>
80400e0a:	804727b7          	lui	a5,0x80472
80400e0e:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
80400e12:	0064d513          	srl	a0,s1,0x6
80400e16:	953e                	add	a0,a0,a5
80400e18:	aeaff0ef          	jal	80400102 <bread>
80400e1c:	03f4f793          	and	a5,s1,63
80400e20:	00679693          	sll	a3,a5,0x6
80400e24:	96aa                	add	a3,a3,a0
80400e26:	01868793          	add	a5,a3,24 # bfdf018 <_entry-0x74420fe8>
80400e2a:	00840713          	add	a4,s0,8
80400e2e:	05868693          	add	a3,a3,88
80400e32:	0007a883          	lw	a7,0(a5)
80400e36:	0047a803          	lw	a6,4(a5)
80400e3a:	478c                	lw	a1,8(a5)
80400e3c:	47d0                	lw	a2,12(a5)
80400e3e:	01172023          	sw	a7,0(a4)
80400e42:	01072223          	sw	a6,4(a4)
80400e46:	c70c                	sw	a1,8(a4)
80400e48:	c750                	sw	a2,12(a4)
80400e4a:	07c1                	add	a5,a5,16
80400e4c:	0741                	add	a4,a4,16
80400e4e:	fed792e3          	bne	a5,a3,80400e32 <iget.part.0+0x70>
80400e52:	b16ff0ef          	jal	80400168 <brelse>
80400e56:	4785                	li	a5,1
80400e58:	c004                	sw	s1,0(s0)
80400e5a:	40b2                	lw	ra,12(sp)
80400e5c:	c05c                	sw	a5,4(s0)
80400e5e:	8522                	mv	a0,s0
80400e60:	4422                	lw	s0,8(sp)
80400e62:	4492                	lw	s1,4(sp)
80400e64:	0141                	add	sp,sp,16
80400e66:	8082                	ret
80400e68:	00371413          	sll	s0,a4,0x3
80400e6c:	943a                	add	s0,s0,a4
80400e6e:	040e                	sll	s0,s0,0x3
80400e70:	942a                	add	s0,s0,a0
80400e72:	0685                	add	a3,a3,1
80400e74:	c054                	sw	a3,4(s0)
80400e76:	40b2                	lw	ra,12(sp)
80400e78:	8522                	mv	a0,s0
80400e7a:	4422                	lw	s0,8(sp)
80400e7c:	4492                	lw	s1,4(sp)
80400e7e:	0141                	add	sp,sp,16
80400e80:	8082                	ret

80400e82 <balloc>:
80400e82:	7179                	add	sp,sp,-48
80400e84:	d04a                	sw	s2,32(sp)
80400e86:	80472937          	lui	s2,0x80472
80400e8a:	8d090913          	add	s2,s2,-1840 # 804718d0 <sb>
80400e8e:	02092783          	lw	a5,32(s2)
80400e92:	00892703          	lw	a4,8(s2)
80400e96:	ce4e                	sw	s3,28(sp)
80400e98:	d606                	sw	ra,44(sp)
80400e9a:	d422                	sw	s0,40(sp)
80400e9c:	d226                	sw	s1,36(sp)
80400e9e:	cc52                	sw	s4,24(sp)
80400ea0:	ca56                	sw	s5,20(sp)
80400ea2:	c85a                	sw	s6,16(sp)
80400ea4:	c65e                	sw	s7,12(sp)
80400ea6:	c462                	sw	s8,8(sp)
80400ea8:	c266                	sw	s9,4(sp)
80400eaa:	40f709b3          	sub	s3,a4,a5
80400eae:	08f70963          	beq	a4,a5,80400f40 <balloc+0xbe>
80400eb2:	6a05                	lui	s4,0x1
80400eb4:	4c81                	li	s9,0
80400eb6:	80429ab7          	lui	s5,0x80429
80400eba:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80400ebc:	4b05                	li	s6,1
80400ebe:	a039                	j	80400ecc <balloc+0x4a>
80400ec0:	aa8ff0ef          	jal	80400168 <brelse>
80400ec4:	07998e63          	beq	s3,s9,80400f40 <balloc+0xbe>
80400ec8:	02092783          	lw	a5,32(s2)
80400ecc:	024aa403          	lw	s0,36(s5) # 80429024 <alloc_hint>
80400ed0:	01092703          	lw	a4,16(s2)
80400ed4:	9466                	add	s0,s0,s9
80400ed6:	8c1d                	sub	s0,s0,a5
80400ed8:	03347433          	remu	s0,s0,s3
80400edc:	0c85                	add	s9,s9,1
80400ede:	943e                	add	s0,s0,a5
80400ee0:	00f45513          	srl	a0,s0,0xf
80400ee4:	00345793          	srl	a5,s0,0x3
80400ee8:	953a                	add	a0,a0,a4
80400eea:	0147f4b3          	and	s1,a5,s4
80400eee:	a14ff0ef          	jal	80400102 <bread>
80400ef2:	009507b3          	add	a5,a0,s1
80400ef6:	0187c703          	lbu	a4,24(a5)
80400efa:	00747b93          	and	s7,s0,7
80400efe:	017b1bb3          	sll	s7,s6,s7
80400f02:	0ffbfb93          	zext.b	s7,s7
80400f06:	017776b3          	and	a3,a4,s7
80400f0a:	8c2a                	mv	s8,a0
80400f0c:	fad5                	bnez	a3,80400ec0 <balloc+0x3e>
80400f0e:	01776733          	or	a4,a4,s7
80400f12:	00e78c23          	sb	a4,24(a5)
80400f16:	a4cff0ef          	jal	80400162 <bdirty>
80400f1a:	8562                	mv	a0,s8
80400f1c:	a4cff0ef          	jal	80400168 <brelse>
80400f20:	8522                	mv	a0,s0
80400f22:	a1cff0ef          	jal	8040013e <bclear>
80400f26:	a42ff0ef          	jal	80400168 <brelse>
80400f2a:	00892703          	lw	a4,8(s2)
80400f2e:	00140793          	add	a5,s0,1
80400f32:	00e7e463          	bltu	a5,a4,80400f3a <balloc+0xb8>
80400f36:	02092783          	lw	a5,32(s2)
80400f3a:	02faa223          	sw	a5,36(s5)
80400f3e:	a011                	j	80400f42 <balloc+0xc0>
80400f40:	4401                	li	s0,0
80400f42:	50b2                	lw	ra,44(sp)
80400f44:	8522                	mv	a0,s0
80400f46:	5422                	lw	s0,40(sp)
80400f48:	5492                	lw	s1,36(sp)
80400f4a:	5902                	lw	s2,32(sp)
80400f4c:	49f2                	lw	s3,28(sp)
80400f4e:	4a62                	lw	s4,24(sp)
80400f50:	4ad2                	lw	s5,20(sp)
80400f52:	4b42                	lw	s6,16(sp)
80400f54:	4bb2                	lw	s7,12(sp)
80400f56:	4c22                	lw	s8,8(sp)
80400f58:	4c92                	lw	s9,4(sp)
80400f5a:	6145                	add	sp,sp,48
80400f5c:	8082                	ret

80400f5e <bmap>:
80400f5e:	1101                	add	sp,sp,-32
80400f60:	cc22                	sw	s0,24(sp)
80400f62:	ca26                	sw	s1,20(sp)
80400f64:	c84a                	sw	s2,16(sp)
80400f66:	ce06                	sw	ra,28(sp)
80400f68:	c64e                	sw	s3,12(sp)
80400f6a:	c452                	sw	s4,8(sp)
80400f6c:	47ad                	li	a5,11
80400f6e:	842e                	mv	s0,a1
80400f70:	84aa                	mv	s1,a0
80400f72:	8932                	mv	s2,a2
80400f74:	0cb7f163          	bgeu	a5,a1,80401036 <bmap+0xd8>
80400f78:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80400f7c:	3ff00793          	li	a5,1023
80400f80:	0f37f963          	bgeu	a5,s3,80401072 <bmap+0x114>
80400f84:	4168                	lw	a0,68(a0)
80400f86:	ed01                	bnez	a0,80400f9e <bmap+0x40>
80400f88:	ee1d                	bnez	a2,80400fc6 <bmap+0x68>
80400f8a:	4401                	li	s0,0
80400f8c:	40f2                	lw	ra,28(sp)
80400f8e:	8522                	mv	a0,s0
80400f90:	4462                	lw	s0,24(sp)
80400f92:	44d2                	lw	s1,20(sp)
80400f94:	4942                	lw	s2,16(sp)
80400f96:	49b2                	lw	s3,12(sp)
80400f98:	4a22                	lw	s4,8(sp)
80400f9a:	6105                	add	sp,sp,32
80400f9c:	8082                	ret
80400f9e:	964ff0ef          	jal	80400102 <bread>
80400fa2:	bf440413          	add	s0,s0,-1036
80400fa6:	00a45793          	srl	a5,s0,0xa
80400faa:	01850993          	add	s3,a0,24
80400fae:	078a                	sll	a5,a5,0x2
80400fb0:	99be                	add	s3,s3,a5
80400fb2:	0009aa03          	lw	s4,0(s3)
80400fb6:	84aa                	mv	s1,a0
80400fb8:	080a1a63          	bnez	s4,8040104c <bmap+0xee>
80400fbc:	02091763          	bnez	s2,80400fea <bmap+0x8c>
80400fc0:	9a8ff0ef          	jal	80400168 <brelse>
80400fc4:	b7d9                	j	80400f8a <bmap+0x2c>
80400fc6:	3d75                	jal	80400e82 <balloc>
80400fc8:	c0e8                	sw	a0,68(s1)
80400fca:	d161                	beqz	a0,80400f8a <bmap+0x2c>
80400fcc:	936ff0ef          	jal	80400102 <bread>
80400fd0:	bf440413          	add	s0,s0,-1036
80400fd4:	00a45793          	srl	a5,s0,0xa
80400fd8:	01850993          	add	s3,a0,24
80400fdc:	078a                	sll	a5,a5,0x2
80400fde:	99be                	add	s3,s3,a5
80400fe0:	0009aa03          	lw	s4,0(s3)
80400fe4:	84aa                	mv	s1,a0
80400fe6:	060a1363          	bnez	s4,8040104c <bmap+0xee>
80400fea:	3d61                	jal	80400e82 <balloc>
80400fec:	892a                	mv	s2,a0
80400fee:	8526                	mv	a0,s1
80400ff0:	fc0908e3          	beqz	s2,80400fc0 <bmap+0x62>
80400ff4:	0129a023          	sw	s2,0(s3)
80400ff8:	96aff0ef          	jal	80400162 <bdirty>
80400ffc:	8526                	mv	a0,s1
80400ffe:	96aff0ef          	jal	80400168 <brelse>
80401002:	854a                	mv	a0,s2
80401004:	8feff0ef          	jal	80400102 <bread>
80401008:	3ff47413          	and	s0,s0,1023
8040100c:	00241793          	sll	a5,s0,0x2
80401010:	01850993          	add	s3,a0,24
80401014:	99be                	add	s3,s3,a5
80401016:	0009a403          	lw	s0,0(s3)
8040101a:	84aa                	mv	s1,a0
8040101c:	e809                	bnez	s0,8040102e <bmap+0xd0>
8040101e:	3595                	jal	80400e82 <balloc>
80401020:	842a                	mv	s0,a0
80401022:	c511                	beqz	a0,8040102e <bmap+0xd0>
80401024:	00a9a023          	sw	a0,0(s3)
80401028:	8526                	mv	a0,s1
8040102a:	938ff0ef          	jal	80400162 <bdirty>
8040102e:	8526                	mv	a0,s1
80401030:	938ff0ef          	jal	80400168 <brelse>
80401034:	bfa1                	j	80400f8c <bmap+0x2e>
80401036:	00259413          	sll	s0,a1,0x2
8040103a:	008504b3          	add	s1,a0,s0
8040103e:	4880                	lw	s0,16(s1)
80401040:	f431                	bnez	s0,80400f8c <bmap+0x2e>
80401042:	d629                	beqz	a2,80400f8c <bmap+0x2e>
80401044:	3d3d                	jal	80400e82 <balloc>
80401046:	842a                	mv	s0,a0
80401048:	c888                	sw	a0,16(s1)
8040104a:	b789                	j	80400f8c <bmap+0x2e>
8040104c:	8526                	mv	a0,s1
8040104e:	91aff0ef          	jal	80400168 <brelse>
80401052:	8552                	mv	a0,s4
80401054:	8aeff0ef          	jal	80400102 <bread>
80401058:	3ff47413          	and	s0,s0,1023
8040105c:	040a                	sll	s0,s0,0x2
8040105e:	01850993          	add	s3,a0,24
80401062:	99a2                	add	s3,s3,s0
80401064:	0009a403          	lw	s0,0(s3)
80401068:	84aa                	mv	s1,a0
8040106a:	f071                	bnez	s0,8040102e <bmap+0xd0>
8040106c:	fc0901e3          	beqz	s2,8040102e <bmap+0xd0>
80401070:	b77d                	j	8040101e <bmap+0xc0>
80401072:	4128                	lw	a0,64(a0)
80401074:	cd11                	beqz	a0,80401090 <bmap+0x132>
80401076:	88cff0ef          	jal	80400102 <bread>
8040107a:	01850793          	add	a5,a0,24
8040107e:	098a                	sll	s3,s3,0x2
80401080:	99be                	add	s3,s3,a5
80401082:	0009a403          	lw	s0,0(s3)
80401086:	84aa                	mv	s1,a0
80401088:	f05d                	bnez	s0,8040102e <bmap+0xd0>
8040108a:	fa0902e3          	beqz	s2,8040102e <bmap+0xd0>
8040108e:	bf41                	j	8040101e <bmap+0xc0>
80401090:	ee060de3          	beqz	a2,80400f8a <bmap+0x2c>
80401094:	33fd                	jal	80400e82 <balloc>
80401096:	c0a8                	sw	a0,64(s1)
80401098:	ee0509e3          	beqz	a0,80400f8a <bmap+0x2c>
8040109c:	866ff0ef          	jal	80400102 <bread>
804010a0:	01850793          	add	a5,a0,24
804010a4:	098a                	sll	s3,s3,0x2
804010a6:	99be                	add	s3,s3,a5
804010a8:	0009a403          	lw	s0,0(s3)
804010ac:	84aa                	mv	s1,a0
804010ae:	d825                	beqz	s0,8040101e <bmap+0xc0>
804010b0:	bfbd                	j	8040102e <bmap+0xd0>

804010b2 <fs_init>:
804010b2:	1141                	add	sp,sp,-16
804010b4:	4501                	li	a0,0
804010b6:	c606                	sw	ra,12(sp)
804010b8:	c422                	sw	s0,8(sp)
804010ba:	c226                	sw	s1,4(sp)
804010bc:	80472437          	lui	s0,0x80472
804010c0:	842ff0ef          	jal	80400102 <bread>
804010c4:	01850593          	add	a1,a0,24
804010c8:	02400613          	li	a2,36
804010cc:	84aa                	mv	s1,a0
804010ce:	8d040513          	add	a0,s0,-1840 # 804718d0 <sb>
804010d2:	5d4010ef          	jal	804026a6 <memcpy>
804010d6:	8526                	mv	a0,s1
804010d8:	890ff0ef          	jal	80400168 <brelse>
804010dc:	534020ef          	jal	80403610 <disk_capacity>
804010e0:	8d040793          	add	a5,s0,-1840
804010e4:	4394                	lw	a3,0(a5)
804010e6:	53466737          	lui	a4,0x53466
804010ea:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
804010ee:	08e69363          	bne	a3,a4,80401174 <fs_init+0xc2>
804010f2:	43cc                	lw	a1,4(a5)
804010f4:	4705                	li	a4,1
804010f6:	06e59f63          	bne	a1,a4,80401174 <fs_init+0xc2>
804010fa:	4790                	lw	a2,8(a5)
804010fc:	810d                	srl	a0,a0,0x3
804010fe:	06c56b63          	bltu	a0,a2,80401174 <fs_init+0xc2>
80401102:	4b98                	lw	a4,16(a5)
80401104:	cb25                	beqz	a4,80401174 <fs_init+0xc2>
80401106:	4bc8                	lw	a0,20(a5)
80401108:	00f51693          	sll	a3,a0,0xf
8040110c:	06c6e463          	bltu	a3,a2,80401174 <fs_init+0xc2>
80401110:	4f94                	lw	a3,24(a5)
80401112:	972a                	add	a4,a4,a0
80401114:	06e6e063          	bltu	a3,a4,80401174 <fs_init+0xc2>
80401118:	4fc8                	lw	a0,28(a5)
8040111a:	47d8                	lw	a4,12(a5)
8040111c:	00651813          	sll	a6,a0,0x6
80401120:	04e86a63          	bltu	a6,a4,80401174 <fs_init+0xc2>
80401124:	04e5f863          	bgeu	a1,a4,80401174 <fs_init+0xc2>
80401128:	539c                	lw	a5,32(a5)
8040112a:	96aa                	add	a3,a3,a0
8040112c:	04d7e463          	bltu	a5,a3,80401174 <fs_init+0xc2>
80401130:	04f66263          	bltu	a2,a5,80401174 <fs_init+0xc2>
80401134:	80429737          	lui	a4,0x80429
80401138:	4505                	li	a0,1
8040113a:	02f72223          	sw	a5,36(a4) # 80429024 <alloc_hint>
8040113e:	3151                	jal	80400dc2 <iget.part.0>
80401140:	804297b7          	lui	a5,0x80429
80401144:	02a7a423          	sw	a0,40(a5) # 80429028 <root>
80401148:	c105                	beqz	a0,80401168 <fs_init+0xb6>
8040114a:	00855703          	lhu	a4,8(a0)
8040114e:	4789                	li	a5,2
80401150:	00f71c63          	bne	a4,a5,80401168 <fs_init+0xb6>
80401154:	40b2                	lw	ra,12(sp)
80401156:	4422                	lw	s0,8(sp)
80401158:	804297b7          	lui	a5,0x80429
8040115c:	4705                	li	a4,1
8040115e:	02e7a623          	sw	a4,44(a5) # 8042902c <mounted>
80401162:	4492                	lw	s1,4(sp)
80401164:	0141                	add	sp,sp,16
80401166:	8082                	ret
80401168:	80406537          	lui	a0,0x80406
8040116c:	0e450513          	add	a0,a0,228 # 804060e4 <__udivdi3+0x46a>
80401170:	561000ef          	jal	80401ed0 <panic>
80401174:	80406537          	lui	a0,0x80406
80401178:	0b850513          	add	a0,a0,184 # 804060b8 <__udivdi3+0x43e>
8040117c:	555000ef          	jal	80401ed0 <panic>

80401180 <fs_mounted>:
80401180:	804297b7          	lui	a5,0x80429
80401184:	02c7a503          	lw	a0,44(a5) # 8042902c <mounted>
80401188:	8082                	ret

8040118a <fs_root>:
8040118a:	804297b7          	lui	a5,0x80429
8040118e:	0287a503          	lw	a0,40(a5) # 80429028 <root>
80401192:	8082                	ret

80401194 <iupdate>:
80401194:	1141                	add	sp,sp,-16
80401196:	c422                	sw	s0,8(sp)
80401198:	804727b7          	lui	a5,0x80472
8040119c:	4100                	lw	s0,0(a0)
8040119e:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
804011a2:	c226                	sw	s1,4(sp)
804011a4:	84aa                	mv	s1,a0
804011a6:	00645513          	srl	a0,s0,0x6
804011aa:	953e                	add	a0,a0,a5
804011ac:	03f47413          	and	s0,s0,63
804011b0:	c04a                	sw	s2,0(sp)
804011b2:	c606                	sw	ra,12(sp)
804011b4:	041a                	sll	s0,s0,0x6
804011b6:	f4dfe0ef          	jal	80400102 <bread>
804011ba:	008507b3          	add	a5,a0,s0
804011be:	00848713          	add	a4,s1,8
804011c2:	892a                	mv	s2,a0
804011c4:	07e1                	add	a5,a5,24
804011c6:	04848493          	add	s1,s1,72
804011ca:	4308                	lw	a0,0(a4)
804011cc:	434c                	lw	a1,4(a4)
804011ce:	4710                	lw	a2,8(a4)
804011d0:	4754                	lw	a3,12(a4)
804011d2:	c388                	sw	a0,0(a5)
804011d4:	c3cc                	sw	a1,4(a5)
804011d6:	c790                	sw	a2,8(a5)
804011d8:	c7d4                	sw	a3,12(a5)
804011da:	0741                	add	a4,a4,16
804011dc:	07c1                	add	a5,a5,16
804011de:	fe9716e3          	bne	a4,s1,804011ca <iupdate+0x36>
804011e2:	854a                	mv	a0,s2
804011e4:	f7ffe0ef          	jal	80400162 <bdirty>
804011e8:	4422                	lw	s0,8(sp)
804011ea:	40b2                	lw	ra,12(sp)
804011ec:	4492                	lw	s1,4(sp)
804011ee:	854a                	mv	a0,s2
804011f0:	4902                	lw	s2,0(sp)
804011f2:	0141                	add	sp,sp,16
804011f4:	f75fe06f          	j	80400168 <brelse>

804011f8 <trim_blocks>:
804011f8:	7179                	add	sp,sp,-48
804011fa:	d04a                	sw	s2,32(sp)
804011fc:	cc52                	sw	s4,24(sp)
804011fe:	d606                	sw	ra,44(sp)
80401200:	d422                	sw	s0,40(sp)
80401202:	d226                	sw	s1,36(sp)
80401204:	ce4e                	sw	s3,28(sp)
80401206:	ca56                	sw	s5,20(sp)
80401208:	c85a                	sw	s6,16(sp)
8040120a:	c65e                	sw	s7,12(sp)
8040120c:	47ad                	li	a5,11
8040120e:	892e                	mv	s2,a1
80401210:	8a2a                	mv	s4,a0
80401212:	02b7e463          	bltu	a5,a1,8040123a <trim_blocks+0x42>
80401216:	00259413          	sll	s0,a1,0x2
8040121a:	942a                	add	s0,s0,a0
8040121c:	03050493          	add	s1,a0,48
80401220:	a021                	j	80401228 <trim_blocks+0x30>
80401222:	0411                	add	s0,s0,4
80401224:	00940b63          	beq	s0,s1,8040123a <trim_blocks+0x42>
80401228:	4808                	lw	a0,16(s0)
8040122a:	dd65                	beqz	a0,80401222 <trim_blocks+0x2a>
8040122c:	a49ff0ef          	jal	80400c74 <bfree>
80401230:	0411                	add	s0,s0,4
80401232:	00042623          	sw	zero,12(s0)
80401236:	fe9419e3          	bne	s0,s1,80401228 <trim_blocks+0x30>
8040123a:	040a2b83          	lw	s7,64(s4)
8040123e:	020b9263          	bnez	s7,80401262 <trim_blocks+0x6a>
80401242:	044a2b83          	lw	s7,68(s4)
80401246:	060b9d63          	bnez	s7,804012c0 <trim_blocks+0xc8>
8040124a:	5422                	lw	s0,40(sp)
8040124c:	50b2                	lw	ra,44(sp)
8040124e:	5492                	lw	s1,36(sp)
80401250:	5902                	lw	s2,32(sp)
80401252:	49f2                	lw	s3,28(sp)
80401254:	4ad2                	lw	s5,20(sp)
80401256:	4b42                	lw	s6,16(sp)
80401258:	4bb2                	lw	s7,12(sp)
8040125a:	8552                	mv	a0,s4
8040125c:	4a62                	lw	s4,24(sp)
8040125e:	6145                	add	sp,sp,48
80401260:	bf15                	j	80401194 <iupdate>
80401262:	855e                	mv	a0,s7
80401264:	e9ffe0ef          	jal	80400102 <bread>
80401268:	8b2a                	mv	s6,a0
8040126a:	01850493          	add	s1,a0,24
8040126e:	4431                	li	s0,12
80401270:	40c00a93          	li	s5,1036
80401274:	a029                	j	8040127e <trim_blocks+0x86>
80401276:	0491                	add	s1,s1,4
80401278:	844e                	mv	s0,s3
8040127a:	03598563          	beq	s3,s5,804012a4 <trim_blocks+0xac>
8040127e:	4088                	lw	a0,0(s1)
80401280:	00140993          	add	s3,s0,1
80401284:	d96d                	beqz	a0,80401276 <trim_blocks+0x7e>
80401286:	ff3978e3          	bgeu	s2,s3,80401276 <trim_blocks+0x7e>
8040128a:	9ebff0ef          	jal	80400c74 <bfree>
8040128e:	ff2464e3          	bltu	s0,s2,80401276 <trim_blocks+0x7e>
80401292:	0004a023          	sw	zero,0(s1)
80401296:	855a                	mv	a0,s6
80401298:	ecbfe0ef          	jal	80400162 <bdirty>
8040129c:	0491                	add	s1,s1,4
8040129e:	844e                	mv	s0,s3
804012a0:	fd599fe3          	bne	s3,s5,8040127e <trim_blocks+0x86>
804012a4:	855a                	mv	a0,s6
804012a6:	ec3fe0ef          	jal	80400168 <brelse>
804012aa:	47b1                	li	a5,12
804012ac:	0727fc63          	bgeu	a5,s2,80401324 <trim_blocks+0x12c>
804012b0:	040a2783          	lw	a5,64(s4)
804012b4:	04fa2023          	sw	a5,64(s4)
804012b8:	044a2b83          	lw	s7,68(s4)
804012bc:	f80b87e3          	beqz	s7,8040124a <trim_blocks+0x52>
804012c0:	855e                	mv	a0,s7
804012c2:	6a85                	lui	s5,0x1
804012c4:	e3ffe0ef          	jal	80400102 <bread>
804012c8:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
804012ca:	8b2a                	mv	s6,a0
804012cc:	01850413          	add	s0,a0,24
804012d0:	9aaa                	add	s5,s5,a0
804012d2:	40c00493          	li	s1,1036
804012d6:	a029                	j	804012e0 <trim_blocks+0xe8>
804012d8:	0411                	add	s0,s0,4
804012da:	84ce                	mv	s1,s3
804012dc:	03540863          	beq	s0,s5,8040130c <trim_blocks+0x114>
804012e0:	4008                	lw	a0,0(s0)
804012e2:	40048993          	add	s3,s1,1024
804012e6:	85a6                	mv	a1,s1
804012e8:	86ca                	mv	a3,s2
804012ea:	4605                	li	a2,1
804012ec:	d575                	beqz	a0,804012d8 <trim_blocks+0xe0>
804012ee:	ff3975e3          	bgeu	s2,s3,804012d8 <trim_blocks+0xe0>
804012f2:	a11ff0ef          	jal	80400d02 <trim_indirect>
804012f6:	ff24e1e3          	bltu	s1,s2,804012d8 <trim_blocks+0xe0>
804012fa:	00042023          	sw	zero,0(s0)
804012fe:	855a                	mv	a0,s6
80401300:	0411                	add	s0,s0,4
80401302:	e61fe0ef          	jal	80400162 <bdirty>
80401306:	84ce                	mv	s1,s3
80401308:	fd541ce3          	bne	s0,s5,804012e0 <trim_blocks+0xe8>
8040130c:	855a                	mv	a0,s6
8040130e:	e5bfe0ef          	jal	80400168 <brelse>
80401312:	40c00793          	li	a5,1036
80401316:	0127fe63          	bgeu	a5,s2,80401332 <trim_blocks+0x13a>
8040131a:	044a2783          	lw	a5,68(s4)
8040131e:	04fa2223          	sw	a5,68(s4)
80401322:	b725                	j	8040124a <trim_blocks+0x52>
80401324:	855e                	mv	a0,s7
80401326:	94fff0ef          	jal	80400c74 <bfree>
8040132a:	4781                	li	a5,0
8040132c:	04fa2023          	sw	a5,64(s4)
80401330:	b761                	j	804012b8 <trim_blocks+0xc0>
80401332:	855e                	mv	a0,s7
80401334:	941ff0ef          	jal	80400c74 <bfree>
80401338:	4781                	li	a5,0
8040133a:	04fa2223          	sw	a5,68(s4)
8040133e:	b731                	j	8040124a <trim_blocks+0x52>

80401340 <inum_valid>:
80401340:	c901                	beqz	a0,80401350 <inum_valid+0x10>
80401342:	804727b7          	lui	a5,0x80472
80401346:	8dc7a783          	lw	a5,-1828(a5) # 804718dc <sb+0xc>
8040134a:	00f53533          	sltu	a0,a0,a5
8040134e:	8082                	ret
80401350:	4501                	li	a0,0
80401352:	8082                	ret

80401354 <iget>:
80401354:	85aa                	mv	a1,a0
80401356:	c909                	beqz	a0,80401368 <iget+0x14>
80401358:	804727b7          	lui	a5,0x80472
8040135c:	8dc7a783          	lw	a5,-1828(a5) # 804718dc <sb+0xc>
80401360:	00f57463          	bgeu	a0,a5,80401368 <iget+0x14>
80401364:	a5fff06f          	j	80400dc2 <iget.part.0>
80401368:	80406537          	lui	a0,0x80406
8040136c:	1141                	add	sp,sp,-16
8040136e:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x492>
80401372:	c606                	sw	ra,12(sp)
80401374:	35d000ef          	jal	80401ed0 <panic>

80401378 <istat>:
80401378:	1141                	add	sp,sp,-16
8040137a:	804707b7          	lui	a5,0x80470
8040137e:	c422                	sw	s0,8(sp)
80401380:	c226                	sw	s1,4(sp)
80401382:	c04a                	sw	s2,0(sp)
80401384:	84b2                	mv	s1,a2
80401386:	c606                	sw	ra,12(sp)
80401388:	6d078613          	add	a2,a5,1744 # 804706d0 <inodes>
8040138c:	842a                	mv	s0,a0
8040138e:	892e                	mv	s2,a1
80401390:	6d078793          	add	a5,a5,1744
80401394:	4701                	li	a4,0
80401396:	04000813          	li	a6,64
8040139a:	a031                	j	804013a6 <istat+0x2e>
8040139c:	0705                	add	a4,a4,1
8040139e:	04878793          	add	a5,a5,72
804013a2:	03070963          	beq	a4,a6,804013d4 <istat+0x5c>
804013a6:	43d4                	lw	a3,4(a5)
804013a8:	fed05ae3          	blez	a3,8040139c <istat+0x24>
804013ac:	4394                	lw	a3,0(a5)
804013ae:	fe8697e3          	bne	a3,s0,8040139c <istat+0x24>
804013b2:	00371793          	sll	a5,a4,0x3
804013b6:	97ba                	add	a5,a5,a4
804013b8:	078e                	sll	a5,a5,0x3
804013ba:	97b2                	add	a5,a5,a2
804013bc:	0087d703          	lhu	a4,8(a5)
804013c0:	47dc                	lw	a5,12(a5)
804013c2:	40b2                	lw	ra,12(sp)
804013c4:	4422                	lw	s0,8(sp)
804013c6:	00e91023          	sh	a4,0(s2)
804013ca:	c09c                	sw	a5,0(s1)
804013cc:	4902                	lw	s2,0(sp)
804013ce:	4492                	lw	s1,4(sp)
804013d0:	0141                	add	sp,sp,16
804013d2:	8082                	ret
804013d4:	804727b7          	lui	a5,0x80472
804013d8:	8e87a783          	lw	a5,-1816(a5) # 804718e8 <sb+0x18>
804013dc:	00645513          	srl	a0,s0,0x6
804013e0:	03f47413          	and	s0,s0,63
804013e4:	953e                	add	a0,a0,a5
804013e6:	d1dfe0ef          	jal	80400102 <bread>
804013ea:	041a                	sll	s0,s0,0x6
804013ec:	01850793          	add	a5,a0,24
804013f0:	97a2                	add	a5,a5,s0
804013f2:	0007d703          	lhu	a4,0(a5)
804013f6:	43dc                	lw	a5,4(a5)
804013f8:	4422                	lw	s0,8(sp)
804013fa:	00e91023          	sh	a4,0(s2)
804013fe:	40b2                	lw	ra,12(sp)
80401400:	4902                	lw	s2,0(sp)
80401402:	c09c                	sw	a5,0(s1)
80401404:	4492                	lw	s1,4(sp)
80401406:	0141                	add	sp,sp,16
80401408:	d61fe06f          	j	80400168 <brelse>

8040140c <ialloc>:
8040140c:	7179                	add	sp,sp,-48
8040140e:	d226                	sw	s1,36(sp)
80401410:	804724b7          	lui	s1,0x80472
80401414:	8d048493          	add	s1,s1,-1840 # 804718d0 <sb>
80401418:	44dc                	lw	a5,12(s1)
8040141a:	d422                	sw	s0,40(sp)
8040141c:	d04a                	sw	s2,32(sp)
8040141e:	ce4e                	sw	s3,28(sp)
80401420:	d606                	sw	ra,44(sp)
80401422:	4409                	li	s0,2
80401424:	89aa                	mv	s3,a0
80401426:	892e                	mv	s2,a1
80401428:	00f47e63          	bgeu	s0,a5,80401444 <ialloc+0x38>
8040142c:	0070                	add	a2,sp,12
8040142e:	00a10593          	add	a1,sp,10
80401432:	8522                	mv	a0,s0
80401434:	3791                	jal	80401378 <istat>
80401436:	00a15783          	lhu	a5,10(sp)
8040143a:	cf89                	beqz	a5,80401454 <ialloc+0x48>
8040143c:	44dc                	lw	a5,12(s1)
8040143e:	0405                	add	s0,s0,1
80401440:	fef466e3          	bltu	s0,a5,8040142c <ialloc+0x20>
80401444:	5511                	li	a0,-28
80401446:	50b2                	lw	ra,44(sp)
80401448:	5422                	lw	s0,40(sp)
8040144a:	5492                	lw	s1,36(sp)
8040144c:	5902                	lw	s2,32(sp)
8040144e:	49f2                	lw	s3,28(sp)
80401450:	6145                	add	sp,sp,48
80401452:	8082                	ret
80401454:	44dc                	lw	a5,12(s1)
80401456:	04f47063          	bgeu	s0,a5,80401496 <ialloc+0x8a>
8040145a:	8522                	mv	a0,s0
8040145c:	967ff0ef          	jal	80400dc2 <iget.part.0>
80401460:	842a                	mv	s0,a0
80401462:	5521                	li	a0,-24
80401464:	d06d                	beqz	s0,80401446 <ialloc+0x3a>
80401466:	04000613          	li	a2,64
8040146a:	4581                	li	a1,0
8040146c:	00840513          	add	a0,s0,8
80401470:	1f4010ef          	jal	80402664 <memset>
80401474:	4785                	li	a5,1
80401476:	01341423          	sh	s3,8(s0)
8040147a:	8522                	mv	a0,s0
8040147c:	00f41523          	sh	a5,10(s0)
80401480:	3b11                	jal	80401194 <iupdate>
80401482:	50b2                	lw	ra,44(sp)
80401484:	00892023          	sw	s0,0(s2)
80401488:	5422                	lw	s0,40(sp)
8040148a:	5492                	lw	s1,36(sp)
8040148c:	5902                	lw	s2,32(sp)
8040148e:	49f2                	lw	s3,28(sp)
80401490:	4501                	li	a0,0
80401492:	6145                	add	sp,sp,48
80401494:	8082                	ret
80401496:	80406537          	lui	a0,0x80406
8040149a:	85a2                	mv	a1,s0
8040149c:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x492>
804014a0:	231000ef          	jal	80401ed0 <panic>

804014a4 <iput>:
804014a4:	415c                	lw	a5,4(a0)
804014a6:	1141                	add	sp,sp,-16
804014a8:	c422                	sw	s0,8(sp)
804014aa:	c606                	sw	ra,12(sp)
804014ac:	842a                	mv	s0,a0
804014ae:	04f05263          	blez	a5,804014f2 <iput+0x4e>
804014b2:	4705                	li	a4,1
804014b4:	00e78863          	beq	a5,a4,804014c4 <iput+0x20>
804014b8:	17fd                	add	a5,a5,-1
804014ba:	40b2                	lw	ra,12(sp)
804014bc:	c05c                	sw	a5,4(s0)
804014be:	4422                	lw	s0,8(sp)
804014c0:	0141                	add	sp,sp,16
804014c2:	8082                	ret
804014c4:	00a55703          	lhu	a4,10(a0)
804014c8:	fb65                	bnez	a4,804014b8 <iput+0x14>
804014ca:	4581                	li	a1,0
804014cc:	00052623          	sw	zero,12(a0)
804014d0:	3325                	jal	804011f8 <trim_blocks>
804014d2:	04000613          	li	a2,64
804014d6:	4581                	li	a1,0
804014d8:	00840513          	add	a0,s0,8
804014dc:	188010ef          	jal	80402664 <memset>
804014e0:	8522                	mv	a0,s0
804014e2:	394d                	jal	80401194 <iupdate>
804014e4:	405c                	lw	a5,4(s0)
804014e6:	40b2                	lw	ra,12(sp)
804014e8:	17fd                	add	a5,a5,-1
804014ea:	c05c                	sw	a5,4(s0)
804014ec:	4422                	lw	s0,8(sp)
804014ee:	0141                	add	sp,sp,16
804014f0:	8082                	ret
804014f2:	410c                	lw	a1,0(a0)
804014f4:	80406537          	lui	a0,0x80406
804014f8:	12850513          	add	a0,a0,296 # 80406128 <__udivdi3+0x4ae>
804014fc:	1d5000ef          	jal	80401ed0 <panic>

80401500 <itrunc>:
80401500:	1101                	add	sp,sp,-32
80401502:	cc22                	sw	s0,24(sp)
80401504:	ca26                	sw	s1,20(sp)
80401506:	c64e                	sw	s3,12(sp)
80401508:	ce06                	sw	ra,28(sp)
8040150a:	c84a                	sw	s2,16(sp)
8040150c:	c452                	sw	s4,8(sp)
8040150e:	c256                	sw	s5,4(sp)
80401510:	89aa                	mv	s3,a0
80401512:	00052623          	sw	zero,12(a0)
80401516:	01050413          	add	s0,a0,16
8040151a:	04050493          	add	s1,a0,64
8040151e:	a021                	j	80401526 <itrunc+0x26>
80401520:	0411                	add	s0,s0,4
80401522:	00940b63          	beq	s0,s1,80401538 <itrunc+0x38>
80401526:	4008                	lw	a0,0(s0)
80401528:	dd65                	beqz	a0,80401520 <itrunc+0x20>
8040152a:	f4aff0ef          	jal	80400c74 <bfree>
8040152e:	0411                	add	s0,s0,4
80401530:	fe042e23          	sw	zero,-4(s0)
80401534:	fe9419e3          	bne	s0,s1,80401526 <itrunc+0x26>
80401538:	0409aa03          	lw	s4,64(s3)
8040153c:	020a1063          	bnez	s4,8040155c <itrunc+0x5c>
80401540:	0449aa83          	lw	s5,68(s3)
80401544:	040a9d63          	bnez	s5,8040159e <itrunc+0x9e>
80401548:	4462                	lw	s0,24(sp)
8040154a:	40f2                	lw	ra,28(sp)
8040154c:	44d2                	lw	s1,20(sp)
8040154e:	4942                	lw	s2,16(sp)
80401550:	4a22                	lw	s4,8(sp)
80401552:	4a92                	lw	s5,4(sp)
80401554:	854e                	mv	a0,s3
80401556:	49b2                	lw	s3,12(sp)
80401558:	6105                	add	sp,sp,32
8040155a:	b92d                	j	80401194 <iupdate>
8040155c:	8552                	mv	a0,s4
8040155e:	6485                	lui	s1,0x1
80401560:	ba3fe0ef          	jal	80400102 <bread>
80401564:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
80401566:	892a                	mv	s2,a0
80401568:	01850413          	add	s0,a0,24
8040156c:	94aa                	add	s1,s1,a0
8040156e:	4008                	lw	a0,0(s0)
80401570:	c901                	beqz	a0,80401580 <itrunc+0x80>
80401572:	f02ff0ef          	jal	80400c74 <bfree>
80401576:	854a                	mv	a0,s2
80401578:	00042023          	sw	zero,0(s0)
8040157c:	be7fe0ef          	jal	80400162 <bdirty>
80401580:	0411                	add	s0,s0,4
80401582:	fe9416e3          	bne	s0,s1,8040156e <itrunc+0x6e>
80401586:	854a                	mv	a0,s2
80401588:	be1fe0ef          	jal	80400168 <brelse>
8040158c:	8552                	mv	a0,s4
8040158e:	ee6ff0ef          	jal	80400c74 <bfree>
80401592:	0449aa83          	lw	s5,68(s3)
80401596:	0409a023          	sw	zero,64(s3)
8040159a:	fa0a87e3          	beqz	s5,80401548 <itrunc+0x48>
8040159e:	8556                	mv	a0,s5
804015a0:	6905                	lui	s2,0x1
804015a2:	b61fe0ef          	jal	80400102 <bread>
804015a6:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
804015a8:	8a2a                	mv	s4,a0
804015aa:	01850413          	add	s0,a0,24
804015ae:	992a                	add	s2,s2,a0
804015b0:	40c00493          	li	s1,1036
804015b4:	4008                	lw	a0,0(s0)
804015b6:	85a6                	mv	a1,s1
804015b8:	4681                	li	a3,0
804015ba:	4605                	li	a2,1
804015bc:	c901                	beqz	a0,804015cc <itrunc+0xcc>
804015be:	f44ff0ef          	jal	80400d02 <trim_indirect>
804015c2:	8552                	mv	a0,s4
804015c4:	00042023          	sw	zero,0(s0)
804015c8:	b9bfe0ef          	jal	80400162 <bdirty>
804015cc:	0411                	add	s0,s0,4
804015ce:	40048493          	add	s1,s1,1024
804015d2:	ff2411e3          	bne	s0,s2,804015b4 <itrunc+0xb4>
804015d6:	8552                	mv	a0,s4
804015d8:	b91fe0ef          	jal	80400168 <brelse>
804015dc:	8556                	mv	a0,s5
804015de:	e96ff0ef          	jal	80400c74 <bfree>
804015e2:	0409a223          	sw	zero,68(s3)
804015e6:	b78d                	j	80401548 <itrunc+0x48>

804015e8 <readi>:
804015e8:	715d                	add	sp,sp,-80
804015ea:	de4e                	sw	s3,60(sp)
804015ec:	00c52983          	lw	s3,12(a0)
804015f0:	c0ca                	sw	s2,64(sp)
804015f2:	c686                	sw	ra,76(sp)
804015f4:	c4a2                	sw	s0,72(sp)
804015f6:	c2a6                	sw	s1,68(sp)
804015f8:	dc52                	sw	s4,56(sp)
804015fa:	da56                	sw	s5,52(sp)
804015fc:	d85a                	sw	s6,48(sp)
804015fe:	d65e                	sw	s7,44(sp)
80401600:	d462                	sw	s8,40(sp)
80401602:	d266                	sw	s9,36(sp)
80401604:	d06a                	sw	s10,32(sp)
80401606:	ce6e                	sw	s11,28(sp)
80401608:	c62e                	sw	a1,12(sp)
8040160a:	4901                	li	s2,0
8040160c:	0736f263          	bgeu	a3,s3,80401670 <readi+0x88>
80401610:	40d989b3          	sub	s3,s3,a3
80401614:	8aaa                	mv	s5,a0
80401616:	8a36                	mv	s4,a3
80401618:	8b32                	mv	s6,a2
8040161a:	09376f63          	bltu	a4,s3,804016b8 <readi+0xd0>
8040161e:	4401                	li	s0,0
80401620:	04098763          	beqz	s3,8040166e <readi+0x86>
80401624:	6c05                	lui	s8,0x1
80401626:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
8040162a:	8046fcb7          	lui	s9,0x8046f
8040162e:	008a05b3          	add	a1,s4,s0
80401632:	01a5f933          	and	s2,a1,s10
80401636:	408984b3          	sub	s1,s3,s0
8040163a:	412c07b3          	sub	a5,s8,s2
8040163e:	81b1                	srl	a1,a1,0xc
80401640:	4601                	li	a2,0
80401642:	8556                	mv	a0,s5
80401644:	0097f363          	bgeu	a5,s1,8040164a <readi+0x62>
80401648:	84be                	mv	s1,a5
8040164a:	915ff0ef          	jal	80400f5e <bmap>
8040164e:	008b0db3          	add	s11,s6,s0
80401652:	86a6                	mv	a3,s1
80401654:	6d0c8613          	add	a2,s9,1744 # 8046f6d0 <zero_block>
80401658:	85ee                	mv	a1,s11
8040165a:	e91d                	bnez	a0,80401690 <readi+0xa8>
8040165c:	4532                	lw	a0,12(sp)
8040165e:	6b1010ef          	jal	8040350e <either_copyout>
80401662:	892a                	mv	s2,a0
80401664:	04094763          	bltz	s2,804016b2 <readi+0xca>
80401668:	9426                	add	s0,s0,s1
8040166a:	fd3462e3          	bltu	s0,s3,8040162e <readi+0x46>
8040166e:	894e                	mv	s2,s3
80401670:	40b6                	lw	ra,76(sp)
80401672:	4426                	lw	s0,72(sp)
80401674:	4496                	lw	s1,68(sp)
80401676:	59f2                	lw	s3,60(sp)
80401678:	5a62                	lw	s4,56(sp)
8040167a:	5ad2                	lw	s5,52(sp)
8040167c:	5b42                	lw	s6,48(sp)
8040167e:	5bb2                	lw	s7,44(sp)
80401680:	5c22                	lw	s8,40(sp)
80401682:	5c92                	lw	s9,36(sp)
80401684:	5d02                	lw	s10,32(sp)
80401686:	4df2                	lw	s11,28(sp)
80401688:	854a                	mv	a0,s2
8040168a:	4906                	lw	s2,64(sp)
8040168c:	6161                	add	sp,sp,80
8040168e:	8082                	ret
80401690:	a73fe0ef          	jal	80400102 <bread>
80401694:	8baa                	mv	s7,a0
80401696:	01850613          	add	a2,a0,24
8040169a:	4532                	lw	a0,12(sp)
8040169c:	964a                	add	a2,a2,s2
8040169e:	86a6                	mv	a3,s1
804016a0:	85ee                	mv	a1,s11
804016a2:	66d010ef          	jal	8040350e <either_copyout>
804016a6:	892a                	mv	s2,a0
804016a8:	855e                	mv	a0,s7
804016aa:	abffe0ef          	jal	80400168 <brelse>
804016ae:	fa095de3          	bgez	s2,80401668 <readi+0x80>
804016b2:	dc5d                	beqz	s0,80401670 <readi+0x88>
804016b4:	8922                	mv	s2,s0
804016b6:	bf6d                	j	80401670 <readi+0x88>
804016b8:	89ba                	mv	s3,a4
804016ba:	b795                	j	8040161e <readi+0x36>

804016bc <writei>:
804016bc:	7139                	add	sp,sp,-64
804016be:	de06                	sw	ra,60(sp)
804016c0:	dc22                	sw	s0,56(sp)
804016c2:	da26                	sw	s1,52(sp)
804016c4:	d84a                	sw	s2,48(sp)
804016c6:	d64e                	sw	s3,44(sp)
804016c8:	d452                	sw	s4,40(sp)
804016ca:	d256                	sw	s5,36(sp)
804016cc:	d05a                	sw	s6,32(sp)
804016ce:	ce5e                	sw	s7,28(sp)
804016d0:	cc62                	sw	s8,24(sp)
804016d2:	ca66                	sw	s9,20(sp)
804016d4:	c86a                	sw	s10,16(sp)
804016d6:	c66e                	sw	s11,12(sp)
804016d8:	1406c663          	bltz	a3,80401824 <writei+0x168>
804016dc:	800007b7          	lui	a5,0x80000
804016e0:	fff7c793          	not	a5,a5
804016e4:	8f95                	sub	a5,a5,a3
804016e6:	8b36                	mv	s6,a3
804016e8:	8aba                	mv	s5,a4
804016ea:	12e7ed63          	bltu	a5,a4,80401824 <writei+0x168>
804016ee:	8c2e                	mv	s8,a1
804016f0:	454c                	lw	a1,12(a0)
804016f2:	8baa                	mv	s7,a0
804016f4:	8cb2                	mv	s9,a2
804016f6:	0ad5e463          	bltu	a1,a3,8040179e <writei+0xe2>
804016fa:	12070763          	beqz	a4,80401828 <writei+0x16c>
804016fe:	6d05                	lui	s10,0x1
80401700:	4401                	li	s0,0
80401702:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80401706:	a80d                	j	80401738 <writei+0x7c>
80401708:	9fbfe0ef          	jal	80400102 <bread>
8040170c:	01850593          	add	a1,a0,24
80401710:	84aa                	mv	s1,a0
80401712:	95ce                	add	a1,a1,s3
80401714:	008c8633          	add	a2,s9,s0
80401718:	86ca                	mv	a3,s2
8040171a:	8562                	mv	a0,s8
8040171c:	5af010ef          	jal	804034ca <either_copyin>
80401720:	89aa                	mv	s3,a0
80401722:	8526                	mv	a0,s1
80401724:	a3ffe0ef          	jal	80400162 <bdirty>
80401728:	8526                	mv	a0,s1
8040172a:	a3ffe0ef          	jal	80400168 <brelse>
8040172e:	0209c863          	bltz	s3,8040175e <writei+0xa2>
80401732:	944a                	add	s0,s0,s2
80401734:	09547263          	bgeu	s0,s5,804017b8 <writei+0xfc>
80401738:	008b0a33          	add	s4,s6,s0
8040173c:	01ba79b3          	and	s3,s4,s11
80401740:	408a8933          	sub	s2,s5,s0
80401744:	413d07b3          	sub	a5,s10,s3
80401748:	4605                	li	a2,1
8040174a:	00ca5593          	srl	a1,s4,0xc
8040174e:	855e                	mv	a0,s7
80401750:	0127f363          	bgeu	a5,s2,80401756 <writei+0x9a>
80401754:	893e                	mv	s2,a5
80401756:	809ff0ef          	jal	80400f5e <bmap>
8040175a:	f55d                	bnez	a0,80401708 <writei+0x4c>
8040175c:	5991                	li	s3,-28
8040175e:	00cba583          	lw	a1,12(s7)
80401762:	0145f563          	bgeu	a1,s4,8040176c <writei+0xb0>
80401766:	014ba623          	sw	s4,12(s7)
8040176a:	85d2                	mv	a1,s4
8040176c:	6785                	lui	a5,0x1
8040176e:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80401770:	95be                	add	a1,a1,a5
80401772:	81b1                	srl	a1,a1,0xc
80401774:	855e                	mv	a0,s7
80401776:	a83ff0ef          	jal	804011f8 <trim_blocks>
8040177a:	c011                	beqz	s0,8040177e <writei+0xc2>
8040177c:	89a2                	mv	s3,s0
8040177e:	50f2                	lw	ra,60(sp)
80401780:	5462                	lw	s0,56(sp)
80401782:	54d2                	lw	s1,52(sp)
80401784:	5942                	lw	s2,48(sp)
80401786:	5a22                	lw	s4,40(sp)
80401788:	5a92                	lw	s5,36(sp)
8040178a:	5b02                	lw	s6,32(sp)
8040178c:	4bf2                	lw	s7,28(sp)
8040178e:	4c62                	lw	s8,24(sp)
80401790:	4cd2                	lw	s9,20(sp)
80401792:	4d42                	lw	s10,16(sp)
80401794:	4db2                	lw	s11,12(sp)
80401796:	854e                	mv	a0,s3
80401798:	59b2                	lw	s3,44(sp)
8040179a:	6121                	add	sp,sp,64
8040179c:	8082                	ret
8040179e:	6485                	lui	s1,0x1
804017a0:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
804017a4:	8c6d                	and	s0,s0,a1
804017a6:	e815                	bnez	s0,804017da <writei+0x11e>
804017a8:	fb39                	bnez	a4,804016fe <writei+0x42>
804017aa:	00dba623          	sw	a3,12(s7)
804017ae:	9e7ff0ef          	jal	80401194 <iupdate>
804017b2:	4401                	li	s0,0
804017b4:	89a2                	mv	s3,s0
804017b6:	b7e1                	j	8040177e <writei+0xc2>
804017b8:	00cba783          	lw	a5,12(s7)
804017bc:	9b22                	add	s6,s6,s0
804017be:	0167f963          	bgeu	a5,s6,804017d0 <writei+0x114>
804017c2:	016ba623          	sw	s6,12(s7)
804017c6:	855e                	mv	a0,s7
804017c8:	9cdff0ef          	jal	80401194 <iupdate>
804017cc:	89a2                	mv	s3,s0
804017ce:	bf45                	j	8040177e <writei+0xc2>
804017d0:	855e                	mv	a0,s7
804017d2:	9c3ff0ef          	jal	80401194 <iupdate>
804017d6:	89a2                	mv	s3,s0
804017d8:	b75d                	j	8040177e <writei+0xc2>
804017da:	4601                	li	a2,0
804017dc:	81b1                	srl	a1,a1,0xc
804017de:	f80ff0ef          	jal	80400f5e <bmap>
804017e2:	ed11                	bnez	a0,804017fe <writei+0x142>
804017e4:	f00a9de3          	bnez	s5,804016fe <writei+0x42>
804017e8:	00cba783          	lw	a5,12(s7)
804017ec:	0367fe63          	bgeu	a5,s6,80401828 <writei+0x16c>
804017f0:	016ba623          	sw	s6,12(s7)
804017f4:	855e                	mv	a0,s7
804017f6:	99fff0ef          	jal	80401194 <iupdate>
804017fa:	4401                	li	s0,0
804017fc:	bf65                	j	804017b4 <writei+0xf8>
804017fe:	905fe0ef          	jal	80400102 <bread>
80401802:	892a                	mv	s2,a0
80401804:	0561                	add	a0,a0,24
80401806:	40848633          	sub	a2,s1,s0
8040180a:	4581                	li	a1,0
8040180c:	9522                	add	a0,a0,s0
8040180e:	657000ef          	jal	80402664 <memset>
80401812:	854a                	mv	a0,s2
80401814:	94ffe0ef          	jal	80400162 <bdirty>
80401818:	854a                	mv	a0,s2
8040181a:	94ffe0ef          	jal	80400168 <brelse>
8040181e:	ee0a90e3          	bnez	s5,804016fe <writei+0x42>
80401822:	b7d9                	j	804017e8 <writei+0x12c>
80401824:	5995                	li	s3,-27
80401826:	bfa1                	j	8040177e <writei+0xc2>
80401828:	855e                	mv	a0,s7
8040182a:	96bff0ef          	jal	80401194 <iupdate>
8040182e:	4401                	li	s0,0
80401830:	b751                	j	804017b4 <writei+0xf8>

80401832 <kalloc>:
80401832:	1141                	add	sp,sp,-16
80401834:	804297b7          	lui	a5,0x80429
80401838:	c422                	sw	s0,8(sp)
8040183a:	0347a403          	lw	s0,52(a5) # 80429034 <free_list>
8040183e:	c606                	sw	ra,12(sp)
80401840:	c809                	beqz	s0,80401852 <kalloc+0x20>
80401842:	4018                	lw	a4,0(s0)
80401844:	6605                	lui	a2,0x1
80401846:	4581                	li	a1,0
80401848:	8522                	mv	a0,s0
8040184a:	02e7aa23          	sw	a4,52(a5)
8040184e:	617000ef          	jal	80402664 <memset>
80401852:	40b2                	lw	ra,12(sp)
80401854:	8522                	mv	a0,s0
80401856:	4422                	lw	s0,8(sp)
80401858:	0141                	add	sp,sp,16
8040185a:	8082                	ret

8040185c <kfree>:
8040185c:	804297b7          	lui	a5,0x80429
80401860:	0307a703          	lw	a4,48(a5) # 80429030 <nranges>
80401864:	04e05a63          	blez	a4,804018b8 <kfree+0x5c>
80401868:	804727b7          	lui	a5,0x80472
8040186c:	8f478793          	add	a5,a5,-1804 # 804718f4 <ranges>
80401870:	4394                	lw	a3,0(a5)
80401872:	02d56763          	bltu	a0,a3,804018a0 <kfree+0x44>
80401876:	43d4                	lw	a3,4(a5)
80401878:	4605                	li	a2,1
8040187a:	00d536b3          	sltu	a3,a0,a3
8040187e:	00c70563          	beq	a4,a2,80401888 <kfree+0x2c>
80401882:	4798                	lw	a4,8(a5)
80401884:	02e57563          	bgeu	a0,a4,804018ae <kfree+0x52>
80401888:	01451793          	sll	a5,a0,0x14
8040188c:	e795                	bnez	a5,804018b8 <kfree+0x5c>
8040188e:	c68d                	beqz	a3,804018b8 <kfree+0x5c>
80401890:	804297b7          	lui	a5,0x80429
80401894:	0347a703          	lw	a4,52(a5) # 80429034 <free_list>
80401898:	02a7aa23          	sw	a0,52(a5)
8040189c:	c118                	sw	a4,0(a0)
8040189e:	8082                	ret
804018a0:	4685                	li	a3,1
804018a2:	00d70b63          	beq	a4,a3,804018b8 <kfree+0x5c>
804018a6:	4798                	lw	a4,8(a5)
804018a8:	00e56863          	bltu	a0,a4,804018b8 <kfree+0x5c>
804018ac:	4681                	li	a3,0
804018ae:	47dc                	lw	a5,12(a5)
804018b0:	00f537b3          	sltu	a5,a0,a5
804018b4:	8edd                	or	a3,a3,a5
804018b6:	bfc9                	j	80401888 <kfree+0x2c>
804018b8:	85aa                	mv	a1,a0
804018ba:	80406537          	lui	a0,0x80406
804018be:	1141                	add	sp,sp,-16
804018c0:	14050513          	add	a0,a0,320 # 80406140 <__udivdi3+0x4c6>
804018c4:	c606                	sw	ra,12(sp)
804018c6:	2529                	jal	80401ed0 <panic>

804018c8 <kinit>:
804018c8:	804296b7          	lui	a3,0x80429
804018cc:	0306a703          	lw	a4,48(a3) # 80429030 <nranges>
804018d0:	1141                	add	sp,sp,-16
804018d2:	c606                	sw	ra,12(sp)
804018d4:	c422                	sw	s0,8(sp)
804018d6:	c226                	sw	s1,4(sp)
804018d8:	c04a                	sw	s2,0(sp)
804018da:	4789                	li	a5,2
804018dc:	04f70463          	beq	a4,a5,80401924 <kinit+0x5c>
804018e0:	6785                	lui	a5,0x1
804018e2:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804018e4:	953e                	add	a0,a0,a5
804018e6:	804727b7          	lui	a5,0x80472
804018ea:	767d                	lui	a2,0xfffff
804018ec:	00371813          	sll	a6,a4,0x3
804018f0:	8f478793          	add	a5,a5,-1804 # 804718f4 <ranges>
804018f4:	97c2                	add	a5,a5,a6
804018f6:	00c574b3          	and	s1,a0,a2
804018fa:	00c5f433          	and	s0,a1,a2
804018fe:	0705                	add	a4,a4,1
80401900:	c384                	sw	s1,0(a5)
80401902:	c3c0                	sw	s0,4(a5)
80401904:	02e6a823          	sw	a4,48(a3)
80401908:	0084f863          	bgeu	s1,s0,80401918 <kinit+0x50>
8040190c:	797d                	lui	s2,0xfffff
8040190e:	944a                	add	s0,s0,s2
80401910:	8522                	mv	a0,s0
80401912:	37a9                	jal	8040185c <kfree>
80401914:	fe84ede3          	bltu	s1,s0,8040190e <kinit+0x46>
80401918:	40b2                	lw	ra,12(sp)
8040191a:	4422                	lw	s0,8(sp)
8040191c:	4492                	lw	s1,4(sp)
8040191e:	4902                	lw	s2,0(sp)
80401920:	0141                	add	sp,sp,16
80401922:	8082                	ret
80401924:	80406537          	lui	a0,0x80406
80401928:	15450513          	add	a0,a0,340 # 80406154 <__udivdi3+0x4da>
8040192c:	2355                	jal	80401ed0 <panic>

8040192e <power_off>:
8040192e:	1141                	add	sp,sp,-16
80401930:	c606                	sw	ra,12(sp)
80401932:	c422                	sw	s0,8(sp)
80401934:	842a                	mv	s0,a0
80401936:	125000ef          	jal	8040225a <proc_close_all>
8040193a:	847ff0ef          	jal	80401180 <fs_mounted>
8040193e:	e501                	bnez	a0,80401946 <power_off+0x18>
80401940:	8522                	mv	a0,s0
80401942:	5bd010ef          	jal	804036fe <arch_power_off>
80401946:	859fe0ef          	jal	8040019e <bio_flush>
8040194a:	bfdd                	j	80401940 <power_off+0x12>

8040194c <kernel_run>:
8040194c:	7135                	add	sp,sp,-160
8040194e:	cb26                	sw	s1,148(sp)
80401950:	84ae                	mv	s1,a1
80401952:	cd22                	sw	s0,152(sp)
80401954:	cf06                	sw	ra,156(sp)
80401956:	842a                	mv	s0,a0
80401958:	f66fe0ef          	jal	804000be <bio_init>
8040195c:	e8c9                	bnez	s1,804019ee <kernel_run+0xa2>
8040195e:	2b7d                	jal	80401f1c <proc_init>
80401960:	3b0010ef          	jal	80402d10 <timer_init>
80401964:	00044783          	lbu	a5,0(s0)
80401968:	c7d1                	beqz	a5,804019f4 <kernel_run+0xa8>
8040196a:	0070                	add	a2,sp,12
8040196c:	4481                	li	s1,0
8040196e:	02000713          	li	a4,32
80401972:	46a5                	li	a3,9
80401974:	00e78463          	beq	a5,a4,8040197c <kernel_run+0x30>
80401978:	00d79863          	bne	a5,a3,80401988 <kernel_run+0x3c>
8040197c:	00144783          	lbu	a5,1(s0)
80401980:	0405                	add	s0,s0,1
80401982:	fe040fa3          	sb	zero,-1(s0)
80401986:	b7fd                	j	80401974 <kernel_run+0x28>
80401988:	e3a9                	bnez	a5,804019ca <kernel_run+0x7e>
8040198a:	02000713          	li	a4,32
8040198e:	46a5                	li	a3,9
80401990:	00044783          	lbu	a5,0(s0)
80401994:	00e78463          	beq	a5,a4,8040199c <kernel_run+0x50>
80401998:	00d79463          	bne	a5,a3,804019a0 <kernel_run+0x54>
8040199c:	0405                	add	s0,s0,1
8040199e:	bfcd                	j	80401990 <kernel_run+0x44>
804019a0:	efa1                	bnez	a5,804019f8 <kernel_run+0xac>
804019a2:	00249793          	sll	a5,s1,0x2
804019a6:	09078793          	add	a5,a5,144
804019aa:	978a                	add	a5,a5,sp
804019ac:	f607ae23          	sw	zero,-132(a5)
804019b0:	c4b5                	beqz	s1,80401a1c <kernel_run+0xd0>
804019b2:	4532                	lw	a0,12(sp)
804019b4:	4601                	li	a2,0
804019b6:	006c                	add	a1,sp,12
804019b8:	ddbfe0ef          	jal	80400792 <proc_spawn>
804019bc:	57f9                	li	a5,-2
804019be:	862a                	mv	a2,a0
804019c0:	04f50563          	beq	a0,a5,80401a0a <kernel_run+0xbe>
804019c4:	08054563          	bltz	a0,80401a4e <kernel_run+0x102>
804019c8:	2d7d                	jal	80402086 <scheduler>
804019ca:	0485                	add	s1,s1,1
804019cc:	c200                	sw	s0,0(a2)
804019ce:	a019                	j	804019d4 <kernel_run+0x88>
804019d0:	00d78863          	beq	a5,a3,804019e0 <kernel_run+0x94>
804019d4:	00144783          	lbu	a5,1(s0)
804019d8:	0405                	add	s0,s0,1
804019da:	dbc5                	beqz	a5,8040198a <kernel_run+0x3e>
804019dc:	fee79ae3          	bne	a5,a4,804019d0 <kernel_run+0x84>
804019e0:	00044783          	lbu	a5,0(s0)
804019e4:	d3dd                	beqz	a5,8040198a <kernel_run+0x3e>
804019e6:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7faf9004>
804019e8:	f8e496e3          	bne	s1,a4,80401974 <kernel_run+0x28>
804019ec:	bf79                	j	8040198a <kernel_run+0x3e>
804019ee:	ec4ff0ef          	jal	804010b2 <fs_init>
804019f2:	b7b5                	j	8040195e <kernel_run+0x12>
804019f4:	4481                	li	s1,0
804019f6:	bf51                	j	8040198a <kernel_run+0x3e>
804019f8:	80406537          	lui	a0,0x80406
804019fc:	1a050513          	add	a0,a0,416 # 804061a0 <__udivdi3+0x526>
80401a00:	02000593          	li	a1,32
80401a04:	215d                	jal	80401eaa <kprintf>
80401a06:	4509                	li	a0,2
80401a08:	371d                	jal	8040192e <power_off>
80401a0a:	45b2                	lw	a1,12(sp)
80401a0c:	80406537          	lui	a0,0x80406
80401a10:	1d050513          	add	a0,a0,464 # 804061d0 <__udivdi3+0x556>
80401a14:	2959                	jal	80401eaa <kprintf>
80401a16:	07f00513          	li	a0,127
80401a1a:	3f11                	jal	8040192e <power_off>
80401a1c:	80406537          	lui	a0,0x80406
80401a20:	16c50513          	add	a0,a0,364 # 8040616c <__udivdi3+0x4f2>
80401a24:	2159                	jal	80401eaa <kprintf>
80401a26:	80406437          	lui	s0,0x80406
80401a2a:	a031                	j	80401a36 <kernel_run+0xea>
80401a2c:	438c                	lw	a1,0(a5)
80401a2e:	19840513          	add	a0,s0,408 # 80406198 <__udivdi3+0x51e>
80401a32:	0485                	add	s1,s1,1
80401a34:	299d                	jal	80401eaa <kprintf>
80401a36:	8526                	mv	a0,s1
80401a38:	2bb000ef          	jal	804024f2 <program_at>
80401a3c:	87aa                	mv	a5,a0
80401a3e:	f57d                	bnez	a0,80401a2c <kernel_run+0xe0>
80401a40:	80406537          	lui	a0,0x80406
80401a44:	19c50513          	add	a0,a0,412 # 8040619c <__udivdi3+0x522>
80401a48:	218d                	jal	80401eaa <kprintf>
80401a4a:	4509                	li	a0,2
80401a4c:	35cd                	jal	8040192e <power_off>
80401a4e:	45b2                	lw	a1,12(sp)
80401a50:	80406537          	lui	a0,0x80406
80401a54:	1e850513          	add	a0,a0,488 # 804061e8 <__udivdi3+0x56e>
80401a58:	40c00633          	neg	a2,a2
80401a5c:	21b9                	jal	80401eaa <kprintf>
80401a5e:	07e00513          	li	a0,126
80401a62:	35f1                	jal	8040192e <power_off>

80401a64 <net_input>:
80401a64:	fff58713          	add	a4,a1,-1
80401a68:	5e900793          	li	a5,1513
80401a6c:	08e7e963          	bltu	a5,a4,80401afe <net_input+0x9a>
80401a70:	1101                	add	sp,sp,-32
80401a72:	c64e                	sw	s3,12(sp)
80401a74:	c452                	sw	s4,8(sp)
80401a76:	804299b7          	lui	s3,0x80429
80401a7a:	80429a37          	lui	s4,0x80429
80401a7e:	03c9a783          	lw	a5,60(s3) # 8042903c <rxq_tail>
80401a82:	040a2703          	lw	a4,64(s4) # 80429040 <rxq_head>
80401a86:	ce06                	sw	ra,28(sp)
80401a88:	cc22                	sw	s0,24(sp)
80401a8a:	ca26                	sw	s1,20(sp)
80401a8c:	c84a                	sw	s2,16(sp)
80401a8e:	46fd                	li	a3,31
80401a90:	40e78733          	sub	a4,a5,a4
80401a94:	02e6f163          	bgeu	a3,a4,80401ab6 <net_input+0x52>
80401a98:	80429737          	lui	a4,0x80429
80401a9c:	03872783          	lw	a5,56(a4) # 80429038 <rxq_dropped>
80401aa0:	40f2                	lw	ra,28(sp)
80401aa2:	4462                	lw	s0,24(sp)
80401aa4:	0785                	add	a5,a5,1
80401aa6:	02f72c23          	sw	a5,56(a4)
80401aaa:	44d2                	lw	s1,20(sp)
80401aac:	4942                	lw	s2,16(sp)
80401aae:	49b2                	lw	s3,12(sp)
80401ab0:	4a22                	lw	s4,8(sp)
80401ab2:	6105                	add	sp,sp,32
80401ab4:	8082                	ret
80401ab6:	8bfd                	and	a5,a5,31
80401ab8:	5f000713          	li	a4,1520
80401abc:	02e784b3          	mul	s1,a5,a4
80401ac0:	80472937          	lui	s2,0x80472
80401ac4:	842e                	mv	s0,a1
80401ac6:	ef090913          	add	s2,s2,-272 # 80471ef0 <rxq>
80401aca:	862e                	mv	a2,a1
80401acc:	85aa                	mv	a1,a0
80401ace:	00448513          	add	a0,s1,4
80401ad2:	954a                	add	a0,a0,s2
80401ad4:	3d3000ef          	jal	804026a6 <memcpy>
80401ad8:	03c9a783          	lw	a5,60(s3)
80401adc:	9926                	add	s2,s2,s1
80401ade:	00892023          	sw	s0,0(s2)
80401ae2:	0785                	add	a5,a5,1
80401ae4:	4462                	lw	s0,24(sp)
80401ae6:	40f2                	lw	ra,28(sp)
80401ae8:	44d2                	lw	s1,20(sp)
80401aea:	4942                	lw	s2,16(sp)
80401aec:	02f9ae23          	sw	a5,60(s3)
80401af0:	040a0513          	add	a0,s4,64
80401af4:	49b2                	lw	s3,12(sp)
80401af6:	4a22                	lw	s4,8(sp)
80401af8:	6105                	add	sp,sp,32
80401afa:	72e0006f          	j	80402228 <wakeup>
80401afe:	80429737          	lui	a4,0x80429
80401b02:	03872783          	lw	a5,56(a4) # 80429038 <rxq_dropped>
80401b06:	0785                	add	a5,a5,1
80401b08:	02f72c23          	sw	a5,56(a4)
80401b0c:	8082                	ret

80401b0e <sys_netinfo>:
80401b0e:	1141                	add	sp,sp,-16
80401b10:	c606                	sw	ra,12(sp)
80401b12:	c422                	sw	s0,8(sp)
80401b14:	c226                	sw	s1,4(sp)
80401b16:	1fb000ef          	jal	80402510 <genid_check>
80401b1a:	269020ef          	jal	80404582 <arch_net_mac>
80401b1e:	c905                	beqz	a0,80401b4e <sys_netinfo+0x40>
80401b20:	842a                	mv	s0,a0
80401b22:	212d                	jal	80401f4c <myproc>
80401b24:	5904                	lw	s1,48(a0)
80401b26:	4501                	li	a0,0
80401b28:	4cf000ef          	jal	804027f6 <arg_raw>
80401b2c:	85aa                	mv	a1,a0
80401b2e:	4699                	li	a3,6
80401b30:	8622                	mv	a2,s0
80401b32:	8526                	mv	a0,s1
80401b34:	027010ef          	jal	8040335a <copyout>
80401b38:	87aa                	mv	a5,a0
80401b3a:	4501                	li	a0,0
80401b3c:	0007c763          	bltz	a5,80401b4a <sys_netinfo+0x3c>
80401b40:	40b2                	lw	ra,12(sp)
80401b42:	4422                	lw	s0,8(sp)
80401b44:	4492                	lw	s1,4(sp)
80401b46:	0141                	add	sp,sp,16
80401b48:	8082                	ret
80401b4a:	5549                	li	a0,-14
80401b4c:	bfd5                	j	80401b40 <sys_netinfo+0x32>
80401b4e:	5535                	li	a0,-19
80401b50:	bfc5                	j	80401b40 <sys_netinfo+0x32>

80401b52 <sys_netsend>:
80401b52:	1141                	add	sp,sp,-16
80401b54:	c606                	sw	ra,12(sp)
80401b56:	c422                	sw	s0,8(sp)
80401b58:	c226                	sw	s1,4(sp)
80401b5a:	c04a                	sw	s2,0(sp)
80401b5c:	227020ef          	jal	80404582 <arch_net_mac>
80401b60:	c931                	beqz	a0,80401bb4 <sys_netsend+0x62>
80401b62:	4505                	li	a0,1
80401b64:	493000ef          	jal	804027f6 <arg_raw>
80401b68:	ff250713          	add	a4,a0,-14
80401b6c:	5dc00793          	li	a5,1500
80401b70:	842a                	mv	s0,a0
80401b72:	04e7e363          	bltu	a5,a4,80401bb8 <sys_netsend+0x66>
80401b76:	2ed9                	jal	80401f4c <myproc>
80401b78:	03052903          	lw	s2,48(a0)
80401b7c:	4501                	li	a0,0
80401b7e:	479000ef          	jal	804027f6 <arg_raw>
80401b82:	804724b7          	lui	s1,0x80472
80401b86:	862a                	mv	a2,a0
80401b88:	86a2                	mv	a3,s0
80401b8a:	90448593          	add	a1,s1,-1788 # 80471904 <tx_frame>
80401b8e:	854a                	mv	a0,s2
80401b90:	714010ef          	jal	804032a4 <copyin>
80401b94:	02054463          	bltz	a0,80401bbc <sys_netsend+0x6a>
80401b98:	85a2                	mv	a1,s0
80401b9a:	90448513          	add	a0,s1,-1788
80401b9e:	1fb020ef          	jal	80404598 <arch_net_send>
80401ba2:	00054963          	bltz	a0,80401bb4 <sys_netsend+0x62>
80401ba6:	8522                	mv	a0,s0
80401ba8:	40b2                	lw	ra,12(sp)
80401baa:	4422                	lw	s0,8(sp)
80401bac:	4492                	lw	s1,4(sp)
80401bae:	4902                	lw	s2,0(sp)
80401bb0:	0141                	add	sp,sp,16
80401bb2:	8082                	ret
80401bb4:	5535                	li	a0,-19
80401bb6:	bfcd                	j	80401ba8 <sys_netsend+0x56>
80401bb8:	5529                	li	a0,-22
80401bba:	b7fd                	j	80401ba8 <sys_netsend+0x56>
80401bbc:	5549                	li	a0,-14
80401bbe:	b7ed                	j	80401ba8 <sys_netsend+0x56>

80401bc0 <sys_netrecv>:
80401bc0:	1101                	add	sp,sp,-32
80401bc2:	ce06                	sw	ra,28(sp)
80401bc4:	cc22                	sw	s0,24(sp)
80401bc6:	ca26                	sw	s1,20(sp)
80401bc8:	c84a                	sw	s2,16(sp)
80401bca:	c64e                	sw	s3,12(sp)
80401bcc:	c452                	sw	s4,8(sp)
80401bce:	c256                	sw	s5,4(sp)
80401bd0:	1b3020ef          	jal	80404582 <arch_net_mac>
80401bd4:	0e050b63          	beqz	a0,80401cca <sys_netrecv+0x10a>
80401bd8:	4501                	li	a0,0
80401bda:	41d000ef          	jal	804027f6 <arg_raw>
80401bde:	89aa                	mv	s3,a0
80401be0:	4505                	li	a0,1
80401be2:	415000ef          	jal	804027f6 <arg_raw>
80401be6:	8a2a                	mv	s4,a0
80401be8:	c8102473          	rdtimeh	s0
80401bec:	c01024f3          	rdtime	s1
80401bf0:	c81027f3          	rdtimeh	a5
80401bf4:	fef41ae3          	bne	s0,a5,80401be8 <sys_netrecv+0x28>
80401bf8:	4509                	li	a0,2
80401bfa:	3fd000ef          	jal	804027f6 <arg_raw>
80401bfe:	6689                	lui	a3,0x2
80401c00:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401c04:	02d507b3          	mul	a5,a0,a3
80401c08:	80429937          	lui	s2,0x80429
80401c0c:	80429ab7          	lui	s5,0x80429
80401c10:	04092703          	lw	a4,64(s2) # 80429040 <rxq_head>
80401c14:	03caa603          	lw	a2,60(s5) # 8042903c <rxq_tail>
80401c18:	02d536b3          	mulhu	a3,a0,a3
80401c1c:	94be                	add	s1,s1,a5
80401c1e:	00f4b7b3          	sltu	a5,s1,a5
80401c22:	96a2                	add	a3,a3,s0
80401c24:	00d78433          	add	s0,a5,a3
80401c28:	02c71763          	bne	a4,a2,80401c56 <sys_netrecv+0x96>
80401c2c:	c81027f3          	rdtimeh	a5
80401c30:	c01026f3          	rdtime	a3
80401c34:	c8102773          	rdtimeh	a4
80401c38:	fee79ae3          	bne	a5,a4,80401c2c <sys_netrecv+0x6c>
80401c3c:	85a6                	mv	a1,s1
80401c3e:	8622                	mv	a2,s0
80401c40:	04090513          	add	a0,s2,64
80401c44:	0487fc63          	bgeu	a5,s0,80401c9c <sys_netrecv+0xdc>
80401c48:	2ba1                	jal	804021a0 <sleep_until>
80401c4a:	04092703          	lw	a4,64(s2)
80401c4e:	03caa783          	lw	a5,60(s5)
80401c52:	fcf70de3          	beq	a4,a5,80401c2c <sys_netrecv+0x6c>
80401c56:	01f77413          	and	s0,a4,31
80401c5a:	5f000793          	li	a5,1520
80401c5e:	02f407b3          	mul	a5,s0,a5
80401c62:	80472ab7          	lui	s5,0x80472
80401c66:	ef0a8a93          	add	s5,s5,-272 # 80471ef0 <rxq>
80401c6a:	97d6                	add	a5,a5,s5
80401c6c:	4384                	lw	s1,0(a5)
80401c6e:	0344e363          	bltu	s1,s4,80401c94 <sys_netrecv+0xd4>
80401c72:	020a1b63          	bnez	s4,80401ca8 <sys_netrecv+0xe8>
80401c76:	04092783          	lw	a5,64(s2)
80401c7a:	8526                	mv	a0,s1
80401c7c:	0785                	add	a5,a5,1
80401c7e:	04f92023          	sw	a5,64(s2)
80401c82:	40f2                	lw	ra,28(sp)
80401c84:	4462                	lw	s0,24(sp)
80401c86:	44d2                	lw	s1,20(sp)
80401c88:	4942                	lw	s2,16(sp)
80401c8a:	49b2                	lw	s3,12(sp)
80401c8c:	4a22                	lw	s4,8(sp)
80401c8e:	4a92                	lw	s5,4(sp)
80401c90:	6105                	add	sp,sp,32
80401c92:	8082                	ret
80401c94:	8a26                	mv	s4,s1
80401c96:	fe0a00e3          	beqz	s4,80401c76 <sys_netrecv+0xb6>
80401c9a:	a039                	j	80401ca8 <sys_netrecv+0xe8>
80401c9c:	00f41463          	bne	s0,a5,80401ca4 <sys_netrecv+0xe4>
80401ca0:	fa96e4e3          	bltu	a3,s1,80401c48 <sys_netrecv+0x88>
80401ca4:	4501                	li	a0,0
80401ca6:	bff1                	j	80401c82 <sys_netrecv+0xc2>
80401ca8:	2455                	jal	80401f4c <myproc>
80401caa:	5f000793          	li	a5,1520
80401cae:	02f40733          	mul	a4,s0,a5
80401cb2:	5908                	lw	a0,48(a0)
80401cb4:	86d2                	mv	a3,s4
80401cb6:	85ce                	mv	a1,s3
80401cb8:	0711                	add	a4,a4,4
80401cba:	00ea8633          	add	a2,s5,a4
80401cbe:	69c010ef          	jal	8040335a <copyout>
80401cc2:	fa055ae3          	bgez	a0,80401c76 <sys_netrecv+0xb6>
80401cc6:	5549                	li	a0,-14
80401cc8:	bf6d                	j	80401c82 <sys_netrecv+0xc2>
80401cca:	5535                	li	a0,-19
80401ccc:	bf5d                	j	80401c82 <sys_netrecv+0xc2>

80401cce <print_uint>:
80401cce:	7179                	add	sp,sp,-48
80401cd0:	ce4e                	sw	s3,28(sp)
80401cd2:	89b2                	mv	s3,a2
80401cd4:	80406637          	lui	a2,0x80406
80401cd8:	d422                	sw	s0,40(sp)
80401cda:	d04a                	sw	s2,32(sp)
80401cdc:	cc52                	sw	s4,24(sp)
80401cde:	d606                	sw	ra,44(sp)
80401ce0:	d226                	sw	s1,36(sp)
80401ce2:	8a36                	mv	s4,a3
80401ce4:	4401                	li	s0,0
80401ce6:	00410913          	add	s2,sp,4
80401cea:	20c60613          	add	a2,a2,524 # 8040620c <__udivdi3+0x592>
80401cee:	02b577b3          	remu	a5,a0,a1
80401cf2:	0405                	add	s0,s0,1
80401cf4:	008904b3          	add	s1,s2,s0
80401cf8:	872a                	mv	a4,a0
80401cfa:	97b2                	add	a5,a5,a2
80401cfc:	0007c783          	lbu	a5,0(a5)
80401d00:	02b55533          	divu	a0,a0,a1
80401d04:	fef48fa3          	sb	a5,-1(s1)
80401d08:	feb773e3          	bgeu	a4,a1,80401cee <print_uint+0x20>
80401d0c:	01345863          	bge	s0,s3,80401d1c <print_uint+0x4e>
80401d10:	0405                	add	s0,s0,1
80401d12:	8552                	mv	a0,s4
80401d14:	4af010ef          	jal	804039c2 <arch_console_putc>
80401d18:	fe899ce3          	bne	s3,s0,80401d10 <print_uint+0x42>
80401d1c:	fff4c503          	lbu	a0,-1(s1)
80401d20:	14fd                	add	s1,s1,-1
80401d22:	4a1010ef          	jal	804039c2 <arch_console_putc>
80401d26:	fe991be3          	bne	s2,s1,80401d1c <print_uint+0x4e>
80401d2a:	50b2                	lw	ra,44(sp)
80401d2c:	5422                	lw	s0,40(sp)
80401d2e:	5492                	lw	s1,36(sp)
80401d30:	5902                	lw	s2,32(sp)
80401d32:	49f2                	lw	s3,28(sp)
80401d34:	4a62                	lw	s4,24(sp)
80401d36:	6145                	add	sp,sp,48
80401d38:	8082                	ret

80401d3a <vkprintf>:
80401d3a:	7139                	add	sp,sp,-64
80401d3c:	cc62                	sw	s8,24(sp)
80401d3e:	de06                	sw	ra,60(sp)
80401d40:	dc22                	sw	s0,56(sp)
80401d42:	da26                	sw	s1,52(sp)
80401d44:	d84a                	sw	s2,48(sp)
80401d46:	d64e                	sw	s3,44(sp)
80401d48:	d452                	sw	s4,40(sp)
80401d4a:	d256                	sw	s5,36(sp)
80401d4c:	d05a                	sw	s6,32(sp)
80401d4e:	ce5e                	sw	s7,28(sp)
80401d50:	8c2a                	mv	s8,a0
80401d52:	00054503          	lbu	a0,0(a0)
80401d56:	c515                	beqz	a0,80401d82 <vkprintf+0x48>
80401d58:	80406ab7          	lui	s5,0x80406
80401d5c:	89ae                	mv	s3,a1
80401d5e:	02500913          	li	s2,37
80401d62:	03000a13          	li	s4,48
80401d66:	4ba5                	li	s7,9
80401d68:	4b55                	li	s6,21
80401d6a:	228a8a93          	add	s5,s5,552 # 80406228 <__udivdi3+0x5ae>
80401d6e:	03250663          	beq	a0,s2,80401d9a <vkprintf+0x60>
80401d72:	451010ef          	jal	804039c2 <arch_console_putc>
80401d76:	8462                	mv	s0,s8
80401d78:	00144503          	lbu	a0,1(s0)
80401d7c:	00140c13          	add	s8,s0,1
80401d80:	f57d                	bnez	a0,80401d6e <vkprintf+0x34>
80401d82:	50f2                	lw	ra,60(sp)
80401d84:	5462                	lw	s0,56(sp)
80401d86:	54d2                	lw	s1,52(sp)
80401d88:	5942                	lw	s2,48(sp)
80401d8a:	59b2                	lw	s3,44(sp)
80401d8c:	5a22                	lw	s4,40(sp)
80401d8e:	5a92                	lw	s5,36(sp)
80401d90:	5b02                	lw	s6,32(sp)
80401d92:	4bf2                	lw	s7,28(sp)
80401d94:	4c62                	lw	s8,24(sp)
80401d96:	6121                	add	sp,sp,64
80401d98:	8082                	ret
80401d9a:	001c4483          	lbu	s1,1(s8)
80401d9e:	001c0413          	add	s0,s8,1
80401da2:	02000693          	li	a3,32
80401da6:	01449863          	bne	s1,s4,80401db6 <vkprintf+0x7c>
80401daa:	002c4483          	lbu	s1,2(s8)
80401dae:	002c0413          	add	s0,s8,2
80401db2:	03000693          	li	a3,48
80401db6:	fd048713          	add	a4,s1,-48
80401dba:	0ff77793          	zext.b	a5,a4
80401dbe:	4601                	li	a2,0
80401dc0:	02fbe163          	bltu	s7,a5,80401de2 <vkprintf+0xa8>
80401dc4:	00144483          	lbu	s1,1(s0)
80401dc8:	00261793          	sll	a5,a2,0x2
80401dcc:	97b2                	add	a5,a5,a2
80401dce:	0786                	sll	a5,a5,0x1
80401dd0:	00f70633          	add	a2,a4,a5
80401dd4:	fd048713          	add	a4,s1,-48
80401dd8:	0ff77793          	zext.b	a5,a4
80401ddc:	0405                	add	s0,s0,1
80401dde:	fefbf3e3          	bgeu	s7,a5,80401dc4 <vkprintf+0x8a>
80401de2:	d0c5                	beqz	s1,80401d82 <vkprintf+0x48>
80401de4:	01248c63          	beq	s1,s2,80401dfc <vkprintf+0xc2>
80401de8:	f9d48793          	add	a5,s1,-99
80401dec:	0ff7f793          	zext.b	a5,a5
80401df0:	00fb6b63          	bltu	s6,a5,80401e06 <vkprintf+0xcc>
80401df4:	078a                	sll	a5,a5,0x2
80401df6:	97d6                	add	a5,a5,s5
80401df8:	439c                	lw	a5,0(a5)
80401dfa:	8782                	jr	a5
80401dfc:	02500513          	li	a0,37
80401e00:	3c3010ef          	jal	804039c2 <arch_console_putc>
80401e04:	bf95                	j	80401d78 <vkprintf+0x3e>
80401e06:	02500513          	li	a0,37
80401e0a:	3b9010ef          	jal	804039c2 <arch_console_putc>
80401e0e:	8526                	mv	a0,s1
80401e10:	3b3010ef          	jal	804039c2 <arch_console_putc>
80401e14:	b795                	j	80401d78 <vkprintf+0x3e>
80401e16:	0009a503          	lw	a0,0(s3)
80401e1a:	45c1                	li	a1,16
80401e1c:	0991                	add	s3,s3,4
80401e1e:	3d45                	jal	80401cce <print_uint>
80401e20:	bfa1                	j	80401d78 <vkprintf+0x3e>
80401e22:	0009a503          	lw	a0,0(s3)
80401e26:	45a9                	li	a1,10
80401e28:	0991                	add	s3,s3,4
80401e2a:	bfd5                	j	80401e1e <vkprintf+0xe4>
80401e2c:	0009a483          	lw	s1,0(s3)
80401e30:	0991                	add	s3,s3,4
80401e32:	e489                	bnez	s1,80401e3c <vkprintf+0x102>
80401e34:	a0a5                	j	80401e9c <vkprintf+0x162>
80401e36:	0485                	add	s1,s1,1
80401e38:	38b010ef          	jal	804039c2 <arch_console_putc>
80401e3c:	0004c503          	lbu	a0,0(s1)
80401e40:	f97d                	bnez	a0,80401e36 <vkprintf+0xfc>
80401e42:	bf1d                	j	80401d78 <vkprintf+0x3e>
80401e44:	03000513          	li	a0,48
80401e48:	37b010ef          	jal	804039c2 <arch_console_putc>
80401e4c:	07800513          	li	a0,120
80401e50:	373010ef          	jal	804039c2 <arch_console_putc>
80401e54:	0009a503          	lw	a0,0(s3)
80401e58:	03000693          	li	a3,48
80401e5c:	0991                	add	s3,s3,4
80401e5e:	4621                	li	a2,8
80401e60:	45c1                	li	a1,16
80401e62:	bf75                	j	80401e1e <vkprintf+0xe4>
80401e64:	0009a483          	lw	s1,0(s3)
80401e68:	0991                	add	s3,s3,4
80401e6a:	0004cc63          	bltz	s1,80401e82 <vkprintf+0x148>
80401e6e:	45a9                	li	a1,10
80401e70:	8526                	mv	a0,s1
80401e72:	3db1                	jal	80401cce <print_uint>
80401e74:	b711                	j	80401d78 <vkprintf+0x3e>
80401e76:	0009a503          	lw	a0,0(s3)
80401e7a:	0991                	add	s3,s3,4
80401e7c:	347010ef          	jal	804039c2 <arch_console_putc>
80401e80:	bde5                	j	80401d78 <vkprintf+0x3e>
80401e82:	02d00513          	li	a0,45
80401e86:	c636                	sw	a3,12(sp)
80401e88:	c432                	sw	a2,8(sp)
80401e8a:	339010ef          	jal	804039c2 <arch_console_putc>
80401e8e:	46b2                	lw	a3,12(sp)
80401e90:	4622                	lw	a2,8(sp)
80401e92:	45a9                	li	a1,10
80401e94:	40900533          	neg	a0,s1
80401e98:	3d1d                	jal	80401cce <print_uint>
80401e9a:	bdf9                	j	80401d78 <vkprintf+0x3e>
80401e9c:	804064b7          	lui	s1,0x80406
80401ea0:	02800513          	li	a0,40
80401ea4:	22048493          	add	s1,s1,544 # 80406220 <__udivdi3+0x5a6>
80401ea8:	b779                	j	80401e36 <vkprintf+0xfc>

80401eaa <kprintf>:
80401eaa:	7139                	add	sp,sp,-64
80401eac:	02410313          	add	t1,sp,36
80401eb0:	d22e                	sw	a1,36(sp)
80401eb2:	859a                	mv	a1,t1
80401eb4:	ce06                	sw	ra,28(sp)
80401eb6:	d432                	sw	a2,40(sp)
80401eb8:	d636                	sw	a3,44(sp)
80401eba:	d83a                	sw	a4,48(sp)
80401ebc:	da3e                	sw	a5,52(sp)
80401ebe:	dc42                	sw	a6,56(sp)
80401ec0:	de46                	sw	a7,60(sp)
80401ec2:	c61a                	sw	t1,12(sp)
80401ec4:	3d9d                	jal	80401d3a <vkprintf>
80401ec6:	35d010ef          	jal	80403a22 <arch_console_flush>
80401eca:	40f2                	lw	ra,28(sp)
80401ecc:	6121                	add	sp,sp,64
80401ece:	8082                	ret

80401ed0 <panic>:
80401ed0:	80429337          	lui	t1,0x80429
80401ed4:	0a832303          	lw	t1,168(t1) # 804290a8 <pv_shared_info>
80401ed8:	7139                	add	sp,sp,-64
80401eda:	cc22                	sw	s0,24(sp)
80401edc:	da3e                	sw	a5,52(sp)
80401ede:	ce06                	sw	ra,28(sp)
80401ee0:	d22e                	sw	a1,36(sp)
80401ee2:	d432                	sw	a2,40(sp)
80401ee4:	d636                	sw	a3,44(sp)
80401ee6:	d83a                	sw	a4,48(sp)
80401ee8:	dc42                	sw	a6,56(sp)
80401eea:	de46                	sw	a7,60(sp)
80401eec:	4785                	li	a5,1
80401eee:	842a                	mv	s0,a0
80401ef0:	00f300a3          	sb	a5,1(t1)
80401ef4:	80406537          	lui	a0,0x80406
80401ef8:	28050513          	add	a0,a0,640 # 80406280 <__udivdi3+0x606>
80401efc:	377d                	jal	80401eaa <kprintf>
80401efe:	104c                	add	a1,sp,36
80401f00:	8522                	mv	a0,s0
80401f02:	c62e                	sw	a1,12(sp)
80401f04:	3d1d                	jal	80401d3a <vkprintf>
80401f06:	4529                	li	a0,10
80401f08:	2bb010ef          	jal	804039c2 <arch_console_putc>
80401f0c:	317010ef          	jal	80403a22 <arch_console_flush>
80401f10:	00d010ef          	jal	8040371c <arch_crash>

80401f14 <proc_first_run>:
80401f14:	1141                	add	sp,sp,-16
80401f16:	c606                	sw	ra,12(sp)
80401f18:	765000ef          	jal	80402e7c <user_trap_return>

80401f1c <proc_init>:
80401f1c:	804fe6b7          	lui	a3,0x804fe
80401f20:	660d                	lui	a2,0x3
80401f22:	03c60613          	add	a2,a2,60 # 303c <_entry-0x803fcfc4>
80401f26:	8047e737          	lui	a4,0x8047e
80401f2a:	804fe7b7          	lui	a5,0x804fe
80401f2e:	d3068693          	add	a3,a3,-720 # 804fdd30 <procs>
80401f32:	96b2                	add	a3,a3,a2
80401f34:	d3070713          	add	a4,a4,-720 # 8047dd30 <kstacks>
80401f38:	d6c78793          	add	a5,a5,-660 # 804fdd6c <procs+0x3c>
80401f3c:	6609                	lui	a2,0x2
80401f3e:	c398                	sw	a4,0(a5)
80401f40:	0c078793          	add	a5,a5,192
80401f44:	9732                	add	a4,a4,a2
80401f46:	fed79ce3          	bne	a5,a3,80401f3e <proc_init+0x22>
80401f4a:	8082                	ret

80401f4c <myproc>:
80401f4c:	804297b7          	lui	a5,0x80429
80401f50:	0487a503          	lw	a0,72(a5) # 80429048 <current>
80401f54:	8082                	ret

80401f56 <proc_alloc>:
80401f56:	1101                	add	sp,sp,-32
80401f58:	804fe7b7          	lui	a5,0x804fe
80401f5c:	cc22                	sw	s0,24(sp)
80401f5e:	c64e                	sw	s3,12(sp)
80401f60:	ce06                	sw	ra,28(sp)
80401f62:	d3078993          	add	s3,a5,-720 # 804fdd30 <procs>
80401f66:	ca26                	sw	s1,20(sp)
80401f68:	c84a                	sw	s2,16(sp)
80401f6a:	c452                	sw	s4,8(sp)
80401f6c:	d3078793          	add	a5,a5,-720
80401f70:	4401                	li	s0,0
80401f72:	04000693          	li	a3,64
80401f76:	4398                	lw	a4,0(a5)
80401f78:	0c078793          	add	a5,a5,192
80401f7c:	e75d                	bnez	a4,8040202a <proc_alloc+0xd4>
80401f7e:	0ec020ef          	jal	8040406a <uvm_create>
80401f82:	00141793          	sll	a5,s0,0x1
80401f86:	008784b3          	add	s1,a5,s0
80401f8a:	049a                	sll	s1,s1,0x6
80401f8c:	00998933          	add	s2,s3,s1
80401f90:	02a92823          	sw	a0,48(s2)
80401f94:	cd51                	beqz	a0,80402030 <proc_alloc+0xda>
80401f96:	80429637          	lui	a2,0x80429
80401f9a:	01c62703          	lw	a4,28(a2) # 8042901c <next_pid>
80401f9e:	4685                	li	a3,1
80401fa0:	4801                	li	a6,0
80401fa2:	00170593          	add	a1,a4,1
80401fa6:	4881                	li	a7,0
80401fa8:	00d92023          	sw	a3,0(s2)
80401fac:	03092423          	sw	a6,40(s2)
80401fb0:	03192623          	sw	a7,44(s2)
80401fb4:	00b62e23          	sw	a1,28(a2)
80401fb8:	00e92223          	sw	a4,4(s2)
80401fbc:	8a4a                	mv	s4,s2
80401fbe:	00d71663          	bne	a4,a3,80401fca <proc_alloc+0x74>
80401fc2:	80429737          	lui	a4,0x80429
80401fc6:	05272223          	sw	s2,68(a4) # 80429044 <init_proc>
80401fca:	943e                	add	s0,s0,a5
80401fcc:	041a                	sll	s0,s0,0x6
80401fce:	944e                	add	s0,s0,s3
80401fd0:	5c48                	lw	a0,60(s0)
80401fd2:	6789                	lui	a5,0x2
80401fd4:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401fd8:	953e                	add	a0,a0,a5
80401fda:	09000613          	li	a2,144
80401fde:	4581                	li	a1,0
80401fe0:	c028                	sw	a0,64(s0)
80401fe2:	2549                	jal	80402664 <memset>
80401fe4:	04448513          	add	a0,s1,68
80401fe8:	03800613          	li	a2,56
80401fec:	4581                	li	a1,0
80401fee:	954e                	add	a0,a0,s3
80401ff0:	2d95                	jal	80402664 <memset>
80401ff2:	4038                	lw	a4,64(s0)
80401ff4:	804027b7          	lui	a5,0x80402
80401ff8:	f1478793          	add	a5,a5,-236 # 80401f14 <proc_first_run>
80401ffc:	c07c                	sw	a5,68(s0)
80401ffe:	c438                	sw	a4,72(s0)
80402000:	448d                	li	s1,3
80402002:	4401                	li	s0,0
80402004:	ae7fe0ef          	jal	80400aea <file_console>
80402008:	b45fe0ef          	jal	80400b4c <file_dup>
8040200c:	06a92e23          	sw	a0,124(s2)
80402010:	0405                	add	s0,s0,1
80402012:	0911                	add	s2,s2,4
80402014:	fe9418e3          	bne	s0,s1,80402004 <proc_alloc+0xae>
80402018:	40f2                	lw	ra,28(sp)
8040201a:	4462                	lw	s0,24(sp)
8040201c:	44d2                	lw	s1,20(sp)
8040201e:	4942                	lw	s2,16(sp)
80402020:	49b2                	lw	s3,12(sp)
80402022:	8552                	mv	a0,s4
80402024:	4a22                	lw	s4,8(sp)
80402026:	6105                	add	sp,sp,32
80402028:	8082                	ret
8040202a:	0405                	add	s0,s0,1
8040202c:	f4d415e3          	bne	s0,a3,80401f76 <proc_alloc+0x20>
80402030:	4a01                	li	s4,0
80402032:	b7dd                	j	80402018 <proc_alloc+0xc2>

80402034 <proc_free>:
80402034:	1141                	add	sp,sp,-16
80402036:	c422                	sw	s0,8(sp)
80402038:	c226                	sw	s1,4(sp)
8040203a:	c04a                	sw	s2,0(sp)
8040203c:	c606                	sw	ra,12(sp)
8040203e:	892a                	mv	s2,a0
80402040:	07c50413          	add	s0,a0,124
80402044:	0bc50493          	add	s1,a0,188
80402048:	4008                	lw	a0,0(s0)
8040204a:	c509                	beqz	a0,80402054 <proc_free+0x20>
8040204c:	b09fe0ef          	jal	80400b54 <file_close>
80402050:	00042023          	sw	zero,0(s0)
80402054:	0411                	add	s0,s0,4
80402056:	fe9419e3          	bne	s0,s1,80402048 <proc_free+0x14>
8040205a:	03092503          	lw	a0,48(s2)
8040205e:	c119                	beqz	a0,80402064 <proc_free+0x30>
80402060:	7a7000ef          	jal	80403006 <uvm_free>
80402064:	03c92403          	lw	s0,60(s2)
80402068:	854a                	mv	a0,s2
8040206a:	0c000613          	li	a2,192
8040206e:	4581                	li	a1,0
80402070:	2bd5                	jal	80402664 <memset>
80402072:	40b2                	lw	ra,12(sp)
80402074:	02892e23          	sw	s0,60(s2)
80402078:	4422                	lw	s0,8(sp)
8040207a:	00092023          	sw	zero,0(s2)
8040207e:	4492                	lw	s1,4(sp)
80402080:	4902                	lw	s2,0(sp)
80402082:	0141                	add	sp,sp,16
80402084:	8082                	ret

80402086 <scheduler>:
80402086:	7179                	add	sp,sp,-48
80402088:	d04a                	sw	s2,32(sp)
8040208a:	c65e                	sw	s7,12(sp)
8040208c:	aaaab937          	lui	s2,0xaaaab
80402090:	804febb7          	lui	s7,0x804fe
80402094:	d226                	sw	s1,36(sp)
80402096:	ce4e                	sw	s3,28(sp)
80402098:	cc52                	sw	s4,24(sp)
8040209a:	ca56                	sw	s5,20(sp)
8040209c:	c85a                	sw	s6,16(sp)
8040209e:	c462                	sw	s8,8(sp)
804020a0:	c266                	sw	s9,4(sp)
804020a2:	c06a                	sw	s10,0(sp)
804020a4:	d606                	sw	ra,44(sp)
804020a6:	d422                	sw	s0,40(sp)
804020a8:	4d01                	li	s10,0
804020aa:	04000c13          	li	s8,64
804020ae:	d30b8b93          	add	s7,s7,-720 # 804fdd30 <procs>
804020b2:	804294b7          	lui	s1,0x80429
804020b6:	8047eab7          	lui	s5,0x8047e
804020ba:	80429a37          	lui	s4,0x80429
804020be:	4c89                	li	s9,2
804020c0:	aab90913          	add	s2,s2,-1365 # aaaaaaab <kernel_end+0x2a5a4aab>
804020c4:	498d                	li	s3,3
804020c6:	4b15                	li	s6,5
804020c8:	86ea                	mv	a3,s10
804020ca:	a021                	j	804020d2 <scheduler+0x4c>
804020cc:	0685                	add	a3,a3,1
804020ce:	06dc0e63          	beq	s8,a3,8040214a <scheduler+0xc4>
804020d2:	41f6d713          	sra	a4,a3,0x1f
804020d6:	8369                	srl	a4,a4,0x1a
804020d8:	00e687b3          	add	a5,a3,a4
804020dc:	03f7f793          	and	a5,a5,63
804020e0:	8f99                	sub	a5,a5,a4
804020e2:	00179413          	sll	s0,a5,0x1
804020e6:	943e                	add	s0,s0,a5
804020e8:	041a                	sll	s0,s0,0x6
804020ea:	008b87b3          	add	a5,s7,s0
804020ee:	4398                	lw	a4,0(a5)
804020f0:	fd971ee3          	bne	a4,s9,804020cc <scheduler+0x46>
804020f4:	40645713          	sra	a4,s0,0x6
804020f8:	03270733          	mul	a4,a4,s2
804020fc:	5b88                	lw	a0,48(a5)
804020fe:	04f4a423          	sw	a5,72(s1) # 80429048 <current>
80402102:	0137a023          	sw	s3,0(a5)
80402106:	00170793          	add	a5,a4,1
8040210a:	41f7d713          	sra	a4,a5,0x1f
8040210e:	8369                	srl	a4,a4,0x1a
80402110:	00e78d33          	add	s10,a5,a4
80402114:	03fd7d13          	and	s10,s10,63
80402118:	40ed0d33          	sub	s10,s10,a4
8040211c:	6f1010ef          	jal	8040400c <vm_switch>
80402120:	04440593          	add	a1,s0,68
80402124:	95de                	add	a1,a1,s7
80402126:	cf0a8513          	add	a0,s5,-784 # 8047dcf0 <scheduler_context>
8040212a:	2ab030ef          	jal	80405bd4 <swtch>
8040212e:	044a2783          	lw	a5,68(s4) # 80429044 <init_proc>
80402132:	0404a423          	sw	zero,72(s1)
80402136:	c781                	beqz	a5,8040213e <scheduler+0xb8>
80402138:	4398                	lw	a4,0(a5)
8040213a:	01670563          	beq	a4,s6,80402144 <scheduler+0xbe>
8040213e:	040d0c13          	add	s8,s10,64
80402142:	b759                	j	804020c8 <scheduler+0x42>
80402144:	4fc8                	lw	a0,28(a5)
80402146:	fe8ff0ef          	jal	8040192e <power_off>
8040214a:	50c020ef          	jal	80404656 <arch_idle>
8040214e:	bfad                	j	804020c8 <scheduler+0x42>

80402150 <yield>:
80402150:	804297b7          	lui	a5,0x80429
80402154:	0487a503          	lw	a0,72(a5) # 80429048 <current>
80402158:	8047e5b7          	lui	a1,0x8047e
8040215c:	4789                	li	a5,2
8040215e:	c11c                	sw	a5,0(a0)
80402160:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402164:	04450513          	add	a0,a0,68
80402168:	26d0306f          	j	80405bd4 <swtch>

8040216c <sleep_on>:
8040216c:	1141                	add	sp,sp,-16
8040216e:	c422                	sw	s0,8(sp)
80402170:	80429437          	lui	s0,0x80429
80402174:	04842783          	lw	a5,72(s0) # 80429048 <current>
80402178:	c606                	sw	ra,12(sp)
8040217a:	4711                	li	a4,4
8040217c:	8047e5b7          	lui	a1,0x8047e
80402180:	d388                	sw	a0,32(a5)
80402182:	c398                	sw	a4,0(a5)
80402184:	04478513          	add	a0,a5,68
80402188:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
8040218c:	249030ef          	jal	80405bd4 <swtch>
80402190:	04842783          	lw	a5,72(s0)
80402194:	40b2                	lw	ra,12(sp)
80402196:	4422                	lw	s0,8(sp)
80402198:	0207a023          	sw	zero,32(a5)
8040219c:	0141                	add	sp,sp,16
8040219e:	8082                	ret

804021a0 <sleep_until>:
804021a0:	1141                	add	sp,sp,-16
804021a2:	c422                	sw	s0,8(sp)
804021a4:	80429437          	lui	s0,0x80429
804021a8:	04842783          	lw	a5,72(s0) # 80429048 <current>
804021ac:	c606                	sw	ra,12(sp)
804021ae:	4711                	li	a4,4
804021b0:	d78c                	sw	a1,40(a5)
804021b2:	8047e5b7          	lui	a1,0x8047e
804021b6:	d388                	sw	a0,32(a5)
804021b8:	c398                	sw	a4,0(a5)
804021ba:	d7d0                	sw	a2,44(a5)
804021bc:	04478513          	add	a0,a5,68
804021c0:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
804021c4:	211030ef          	jal	80405bd4 <swtch>
804021c8:	04842783          	lw	a5,72(s0)
804021cc:	40b2                	lw	ra,12(sp)
804021ce:	4422                	lw	s0,8(sp)
804021d0:	4681                	li	a3,0
804021d2:	4701                	li	a4,0
804021d4:	0207a023          	sw	zero,32(a5)
804021d8:	d794                	sw	a3,40(a5)
804021da:	d7d8                	sw	a4,44(a5)
804021dc:	0141                	add	sp,sp,16
804021de:	8082                	ret

804021e0 <wakeup_expired>:
804021e0:	804fe7b7          	lui	a5,0x804fe
804021e4:	d3078793          	add	a5,a5,-720 # 804fdd30 <procs>
804021e8:	668d                	lui	a3,0x3
804021ea:	96be                	add	a3,a3,a5
804021ec:	4611                	li	a2,4
804021ee:	4309                	li	t1,2
804021f0:	a029                	j	804021fa <wakeup_expired+0x1a>
804021f2:	0c078793          	add	a5,a5,192
804021f6:	02f68863          	beq	a3,a5,80402226 <wakeup_expired+0x46>
804021fa:	4398                	lw	a4,0(a5)
804021fc:	fec71be3          	bne	a4,a2,804021f2 <wakeup_expired+0x12>
80402200:	57d8                	lw	a4,44(a5)
80402202:	0287a803          	lw	a6,40(a5)
80402206:	00e868b3          	or	a7,a6,a4
8040220a:	fe0884e3          	beqz	a7,804021f2 <wakeup_expired+0x12>
8040220e:	fee5e2e3          	bltu	a1,a4,804021f2 <wakeup_expired+0x12>
80402212:	00b71463          	bne	a4,a1,8040221a <wakeup_expired+0x3a>
80402216:	fd056ee3          	bltu	a0,a6,804021f2 <wakeup_expired+0x12>
8040221a:	0067a023          	sw	t1,0(a5)
8040221e:	0c078793          	add	a5,a5,192
80402222:	fcf69ce3          	bne	a3,a5,804021fa <wakeup_expired+0x1a>
80402226:	8082                	ret

80402228 <wakeup>:
80402228:	804fe7b7          	lui	a5,0x804fe
8040222c:	d3078793          	add	a5,a5,-720 # 804fdd30 <procs>
80402230:	668d                	lui	a3,0x3
80402232:	96be                	add	a3,a3,a5
80402234:	4611                	li	a2,4
80402236:	4589                	li	a1,2
80402238:	a029                	j	80402242 <wakeup+0x1a>
8040223a:	0c078793          	add	a5,a5,192
8040223e:	00f68d63          	beq	a3,a5,80402258 <wakeup+0x30>
80402242:	4398                	lw	a4,0(a5)
80402244:	fec71be3          	bne	a4,a2,8040223a <wakeup+0x12>
80402248:	5398                	lw	a4,32(a5)
8040224a:	fea718e3          	bne	a4,a0,8040223a <wakeup+0x12>
8040224e:	c38c                	sw	a1,0(a5)
80402250:	0c078793          	add	a5,a5,192
80402254:	fef697e3          	bne	a3,a5,80402242 <wakeup+0x1a>
80402258:	8082                	ret

8040225a <proc_close_all>:
8040225a:	1141                	add	sp,sp,-16
8040225c:	c04a                	sw	s2,0(sp)
8040225e:	678d                	lui	a5,0x3
80402260:	804fe937          	lui	s2,0x804fe
80402264:	d3090913          	add	s2,s2,-720 # 804fdd30 <procs>
80402268:	0bc78793          	add	a5,a5,188 # 30bc <_entry-0x803fcf44>
8040226c:	c226                	sw	s1,4(sp)
8040226e:	c606                	sw	ra,12(sp)
80402270:	0bc90493          	add	s1,s2,188
80402274:	c422                	sw	s0,8(sp)
80402276:	993e                	add	s2,s2,a5
80402278:	fc048413          	add	s0,s1,-64
8040227c:	4008                	lw	a0,0(s0)
8040227e:	c509                	beqz	a0,80402288 <proc_close_all+0x2e>
80402280:	8d5fe0ef          	jal	80400b54 <file_close>
80402284:	00042023          	sw	zero,0(s0)
80402288:	0411                	add	s0,s0,4
8040228a:	fe9419e3          	bne	s0,s1,8040227c <proc_close_all+0x22>
8040228e:	0c040493          	add	s1,s0,192
80402292:	ff2493e3          	bne	s1,s2,80402278 <proc_close_all+0x1e>
80402296:	40b2                	lw	ra,12(sp)
80402298:	4422                	lw	s0,8(sp)
8040229a:	4492                	lw	s1,4(sp)
8040229c:	4902                	lw	s2,0(sp)
8040229e:	0141                	add	sp,sp,16
804022a0:	8082                	ret

804022a2 <proc_exit>:
804022a2:	1101                	add	sp,sp,-32
804022a4:	c84a                	sw	s2,16(sp)
804022a6:	80429937          	lui	s2,0x80429
804022aa:	c64e                	sw	s3,12(sp)
804022ac:	04892983          	lw	s3,72(s2) # 80429048 <current>
804022b0:	cc22                	sw	s0,24(sp)
804022b2:	ca26                	sw	s1,20(sp)
804022b4:	c452                	sw	s4,8(sp)
804022b6:	ce06                	sw	ra,28(sp)
804022b8:	84aa                	mv	s1,a0
804022ba:	07c98413          	add	s0,s3,124
804022be:	0bc98a13          	add	s4,s3,188
804022c2:	4008                	lw	a0,0(s0)
804022c4:	c509                	beqz	a0,804022ce <proc_exit+0x2c>
804022c6:	88ffe0ef          	jal	80400b54 <file_close>
804022ca:	00042023          	sw	zero,0(s0)
804022ce:	0411                	add	s0,s0,4
804022d0:	ff4419e3          	bne	s0,s4,804022c2 <proc_exit+0x20>
804022d4:	660d                	lui	a2,0x3
804022d6:	804fee37          	lui	t3,0x804fe
804022da:	d30e0e13          	add	t3,t3,-720 # 804fdd30 <procs>
804022de:	00860513          	add	a0,a2,8 # 3008 <_entry-0x803fcff8>
804022e2:	804297b7          	lui	a5,0x80429
804022e6:	804fe737          	lui	a4,0x804fe
804022ea:	0447a803          	lw	a6,68(a5) # 80429044 <init_proc>
804022ee:	d3870713          	add	a4,a4,-712 # 804fdd38 <procs+0x8>
804022f2:	9572                	add	a0,a0,t3
804022f4:	4315                	li	t1,5
804022f6:	9672                	add	a2,a2,t3
804022f8:	4591                	li	a1,4
804022fa:	4889                	li	a7,2
804022fc:	a029                	j	80402306 <proc_exit+0x64>
804022fe:	0c070713          	add	a4,a4,192
80402302:	02a70b63          	beq	a4,a0,80402338 <proc_exit+0x96>
80402306:	ff872783          	lw	a5,-8(a4)
8040230a:	dbf5                	beqz	a5,804022fe <proc_exit+0x5c>
8040230c:	4314                	lw	a3,0(a4)
8040230e:	fed998e3          	bne	s3,a3,804022fe <proc_exit+0x5c>
80402312:	01072023          	sw	a6,0(a4)
80402316:	fe6794e3          	bne	a5,t1,804022fe <proc_exit+0x5c>
8040231a:	87f2                	mv	a5,t3
8040231c:	a029                	j	80402326 <proc_exit+0x84>
8040231e:	0c078793          	add	a5,a5,192
80402322:	fcf60ee3          	beq	a2,a5,804022fe <proc_exit+0x5c>
80402326:	4394                	lw	a3,0(a5)
80402328:	feb69be3          	bne	a3,a1,8040231e <proc_exit+0x7c>
8040232c:	5394                	lw	a3,32(a5)
8040232e:	fed818e3          	bne	a6,a3,8040231e <proc_exit+0x7c>
80402332:	0117a023          	sw	a7,0(a5)
80402336:	b7e5                	j	8040231e <proc_exit+0x7c>
80402338:	0089a503          	lw	a0,8(s3)
8040233c:	4795                	li	a5,5
8040233e:	0099ae23          	sw	s1,28(s3)
80402342:	00f9a023          	sw	a5,0(s3)
80402346:	c111                	beqz	a0,8040234a <proc_exit+0xa8>
80402348:	35c5                	jal	80402228 <wakeup>
8040234a:	04892503          	lw	a0,72(s2)
8040234e:	c11d                	beqz	a0,80402374 <proc_exit+0xd2>
80402350:	4118                	lw	a4,0(a0)
80402352:	478d                	li	a5,3
80402354:	02f70063          	beq	a4,a5,80402374 <proc_exit+0xd2>
80402358:	8047e5b7          	lui	a1,0x8047e
8040235c:	04450513          	add	a0,a0,68
80402360:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402364:	071030ef          	jal	80405bd4 <swtch>
80402368:	80406537          	lui	a0,0x80406
8040236c:	2ac50513          	add	a0,a0,684 # 804062ac <__udivdi3+0x632>
80402370:	b61ff0ef          	jal	80401ed0 <panic>
80402374:	80406537          	lui	a0,0x80406
80402378:	28850513          	add	a0,a0,648 # 80406288 <__udivdi3+0x60e>
8040237c:	b55ff0ef          	jal	80401ed0 <panic>

80402380 <proc_wait>:
80402380:	7179                	add	sp,sp,-48
80402382:	c462                	sw	s8,8(sp)
80402384:	80429c37          	lui	s8,0x80429
80402388:	d04a                	sw	s2,32(sp)
8040238a:	048c2903          	lw	s2,72(s8) # 80429048 <current>
8040238e:	cc52                	sw	s4,24(sp)
80402390:	804fea37          	lui	s4,0x804fe
80402394:	d226                	sw	s1,36(sp)
80402396:	ce4e                	sw	s3,28(sp)
80402398:	ca56                	sw	s5,20(sp)
8040239a:	c85a                	sw	s6,16(sp)
8040239c:	c65e                	sw	s7,12(sp)
8040239e:	d606                	sw	ra,44(sp)
804023a0:	d422                	sw	s0,40(sp)
804023a2:	89aa                	mv	s3,a0
804023a4:	8aae                	mv	s5,a1
804023a6:	d30a0a13          	add	s4,s4,-720 # 804fdd30 <procs>
804023aa:	5b7d                	li	s6,-1
804023ac:	4b95                	li	s7,5
804023ae:	04000493          	li	s1,64
804023b2:	87d2                	mv	a5,s4
804023b4:	4401                	li	s0,0
804023b6:	4601                	li	a2,0
804023b8:	a031                	j	804023c4 <proc_wait+0x44>
804023ba:	0405                	add	s0,s0,1
804023bc:	0c078793          	add	a5,a5,192
804023c0:	06940063          	beq	s0,s1,80402420 <proc_wait+0xa0>
804023c4:	4398                	lw	a4,0(a5)
804023c6:	db75                	beqz	a4,804023ba <proc_wait+0x3a>
804023c8:	4794                	lw	a3,8(a5)
804023ca:	ff2698e3          	bne	a3,s2,804023ba <proc_wait+0x3a>
804023ce:	01698563          	beq	s3,s6,804023d8 <proc_wait+0x58>
804023d2:	43d4                	lw	a3,4(a5)
804023d4:	ff3693e3          	bne	a3,s3,804023ba <proc_wait+0x3a>
804023d8:	03771e63          	bne	a4,s7,80402414 <proc_wait+0x94>
804023dc:	00141493          	sll	s1,s0,0x1
804023e0:	008489b3          	add	s3,s1,s0
804023e4:	099a                	sll	s3,s3,0x6
804023e6:	060a9163          	bnez	s5,80402448 <proc_wait+0xc8>
804023ea:	94a2                	add	s1,s1,s0
804023ec:	049a                	sll	s1,s1,0x6
804023ee:	94d2                	add	s1,s1,s4
804023f0:	013a0533          	add	a0,s4,s3
804023f4:	40c0                	lw	s0,4(s1)
804023f6:	c3fff0ef          	jal	80402034 <proc_free>
804023fa:	50b2                	lw	ra,44(sp)
804023fc:	8522                	mv	a0,s0
804023fe:	5422                	lw	s0,40(sp)
80402400:	5492                	lw	s1,36(sp)
80402402:	5902                	lw	s2,32(sp)
80402404:	49f2                	lw	s3,28(sp)
80402406:	4a62                	lw	s4,24(sp)
80402408:	4ad2                	lw	s5,20(sp)
8040240a:	4b42                	lw	s6,16(sp)
8040240c:	4bb2                	lw	s7,12(sp)
8040240e:	4c22                	lw	s8,8(sp)
80402410:	6145                	add	sp,sp,48
80402412:	8082                	ret
80402414:	0405                	add	s0,s0,1
80402416:	4605                	li	a2,1
80402418:	0c078793          	add	a5,a5,192
8040241c:	fa9414e3          	bne	s0,s1,804023c4 <proc_wait+0x44>
80402420:	c229                	beqz	a2,80402462 <proc_wait+0xe2>
80402422:	048c2503          	lw	a0,72(s8)
80402426:	4791                	li	a5,4
80402428:	8047e5b7          	lui	a1,0x8047e
8040242c:	c11c                	sw	a5,0(a0)
8040242e:	03252023          	sw	s2,32(a0)
80402432:	cf058593          	add	a1,a1,-784 # 8047dcf0 <scheduler_context>
80402436:	04450513          	add	a0,a0,68
8040243a:	79a030ef          	jal	80405bd4 <swtch>
8040243e:	048c2783          	lw	a5,72(s8)
80402442:	0207a023          	sw	zero,32(a5)
80402446:	b7b5                	j	804023b2 <proc_wait+0x32>
80402448:	03092503          	lw	a0,48(s2)
8040244c:	01c98613          	add	a2,s3,28
80402450:	4691                	li	a3,4
80402452:	9652                	add	a2,a2,s4
80402454:	85d6                	mv	a1,s5
80402456:	705000ef          	jal	8040335a <copyout>
8040245a:	f80558e3          	bgez	a0,804023ea <proc_wait+0x6a>
8040245e:	5449                	li	s0,-14
80402460:	bf69                	j	804023fa <proc_wait+0x7a>
80402462:	5459                	li	s0,-10
80402464:	bf59                	j	804023fa <proc_wait+0x7a>

80402466 <fd_alloc>:
80402466:	804297b7          	lui	a5,0x80429
8040246a:	0487a583          	lw	a1,72(a5) # 80429048 <current>
8040246e:	862a                	mv	a2,a0
80402470:	46c1                	li	a3,16
80402472:	07c58793          	add	a5,a1,124
80402476:	4501                	li	a0,0
80402478:	4398                	lw	a4,0(a5)
8040247a:	0791                	add	a5,a5,4
8040247c:	c711                	beqz	a4,80402488 <fd_alloc+0x22>
8040247e:	0505                	add	a0,a0,1
80402480:	fed51ce3          	bne	a0,a3,80402478 <fd_alloc+0x12>
80402484:	5521                	li	a0,-24
80402486:	8082                	ret
80402488:	01c50793          	add	a5,a0,28
8040248c:	078a                	sll	a5,a5,0x2
8040248e:	95be                	add	a1,a1,a5
80402490:	c5d0                	sw	a2,12(a1)
80402492:	8082                	ret

80402494 <program_find>:
80402494:	1101                	add	sp,sp,-32
80402496:	cc22                	sw	s0,24(sp)
80402498:	80406437          	lui	s0,0x80406
8040249c:	ca26                	sw	s1,20(sp)
8040249e:	c84a                	sw	s2,16(sp)
804024a0:	c64e                	sw	s3,12(sp)
804024a2:	c452                	sw	s4,8(sp)
804024a4:	ce06                	sw	ra,28(sp)
804024a6:	2f040a13          	add	s4,s0,752 # 804062f0 <programs>
804024aa:	892a                	mv	s2,a0
804024ac:	2f040413          	add	s0,s0,752
804024b0:	4481                	li	s1,0
804024b2:	4999                	li	s3,6
804024b4:	4008                	lw	a0,0(s0)
804024b6:	85ca                	mv	a1,s2
804024b8:	0431                	add	s0,s0,12
804024ba:	2c51                	jal	8040274e <strcmp>
804024bc:	cd09                	beqz	a0,804024d6 <program_find+0x42>
804024be:	0485                	add	s1,s1,1
804024c0:	ff349ae3          	bne	s1,s3,804024b4 <program_find+0x20>
804024c4:	40f2                	lw	ra,28(sp)
804024c6:	4462                	lw	s0,24(sp)
804024c8:	44d2                	lw	s1,20(sp)
804024ca:	4942                	lw	s2,16(sp)
804024cc:	49b2                	lw	s3,12(sp)
804024ce:	4a22                	lw	s4,8(sp)
804024d0:	4501                	li	a0,0
804024d2:	6105                	add	sp,sp,32
804024d4:	8082                	ret
804024d6:	40f2                	lw	ra,28(sp)
804024d8:	4462                	lw	s0,24(sp)
804024da:	00149793          	sll	a5,s1,0x1
804024de:	97a6                	add	a5,a5,s1
804024e0:	078a                	sll	a5,a5,0x2
804024e2:	44d2                	lw	s1,20(sp)
804024e4:	4942                	lw	s2,16(sp)
804024e6:	49b2                	lw	s3,12(sp)
804024e8:	00fa0533          	add	a0,s4,a5
804024ec:	4a22                	lw	s4,8(sp)
804024ee:	6105                	add	sp,sp,32
804024f0:	8082                	ret

804024f2 <program_at>:
804024f2:	4795                	li	a5,5
804024f4:	00a7ec63          	bltu	a5,a0,8040250c <program_at+0x1a>
804024f8:	00151793          	sll	a5,a0,0x1
804024fc:	953e                	add	a0,a0,a5
804024fe:	804067b7          	lui	a5,0x80406
80402502:	2f078793          	add	a5,a5,752 # 804062f0 <programs>
80402506:	050a                	sll	a0,a0,0x2
80402508:	953e                	add	a0,a0,a5
8040250a:	8082                	ret
8040250c:	4501                	li	a0,0
8040250e:	8082                	ret

80402510 <genid_check>:
80402510:	1101                	add	sp,sp,-32
80402512:	850a                	mv	a0,sp
80402514:	ce06                	sw	ra,28(sp)
80402516:	21a010ef          	jal	80403730 <arch_genid>
8040251a:	c539                	beqz	a0,80402568 <genid_check+0x58>
8040251c:	804297b7          	lui	a5,0x80429
80402520:	04c7a703          	lw	a4,76(a5) # 8042904c <generation_seen>
80402524:	00a71663          	bne	a4,a0,80402530 <genid_check+0x20>
80402528:	4501                	li	a0,0
8040252a:	40f2                	lw	ra,28(sp)
8040252c:	6105                	add	sp,sp,32
8040252e:	8082                	ret
80402530:	80501737          	lui	a4,0x80501
80402534:	04a7a623          	sw	a0,76(a5)
80402538:	080c                	add	a1,sp,16
8040253a:	d3070513          	add	a0,a4,-720 # 80500d30 <rng>
8040253e:	878a                	mv	a5,sp
80402540:	d3070713          	add	a4,a4,-720
80402544:	4601                	li	a2,0
80402546:	4394                	lw	a3,0(a5)
80402548:	0791                	add	a5,a5,4
8040254a:	0711                	add	a4,a4,4
8040254c:	fed72e23          	sw	a3,-4(a4)
80402550:	8e55                	or	a2,a2,a3
80402552:	feb79ae3          	bne	a5,a1,80402546 <genid_check+0x36>
80402556:	e611                	bnez	a2,80402562 <genid_check+0x52>
80402558:	9e3787b7          	lui	a5,0x9e378
8040255c:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <kernel_end+0x1de719b9>
80402560:	c11c                	sw	a5,0(a0)
80402562:	000020ef          	jal	80404562 <arch_net_refresh>
80402566:	b7c9                	j	80402528 <genid_check+0x18>
80402568:	557d                	li	a0,-1
8040256a:	b7c1                	j	8040252a <genid_check+0x1a>

8040256c <sys_getrandom>:
8040256c:	716d                	add	sp,sp,-272
8040256e:	4505                	li	a0,1
80402570:	10112623          	sw	ra,268(sp)
80402574:	10812423          	sw	s0,264(sp)
80402578:	10912223          	sw	s1,260(sp)
8040257c:	11212023          	sw	s2,256(sp)
80402580:	2c9d                	jal	804027f6 <arg_raw>
80402582:	10000793          	li	a5,256
80402586:	0ca7e963          	bltu	a5,a0,80402658 <sys_getrandom+0xec>
8040258a:	842a                	mv	s0,a0
8040258c:	3751                	jal	80402510 <genid_check>
8040258e:	0c054963          	bltz	a0,80402660 <sys_getrandom+0xf4>
80402592:	848a                	mv	s1,sp
80402594:	c849                	beqz	s0,80402626 <sys_getrandom+0xba>
80402596:	80501637          	lui	a2,0x80501
8040259a:	d3060393          	add	t2,a2,-720 # 80500d30 <rng>
8040259e:	0043a583          	lw	a1,4(t2)
804025a2:	0083a303          	lw	t1,8(t2)
804025a6:	d3062683          	lw	a3,-720(a2)
804025aa:	00c3ae83          	lw	t4,12(t2)
804025ae:	848a                	mv	s1,sp
804025b0:	00341e13          	sll	t3,s0,0x3
804025b4:	8fa6                	mv	t6,s1
804025b6:	4f01                	li	t5,0
804025b8:	4561                	li	a0,24
804025ba:	00259793          	sll	a5,a1,0x2
804025be:	97ae                	add	a5,a5,a1
804025c0:	00779713          	sll	a4,a5,0x7
804025c4:	83e5                	srl	a5,a5,0x19
804025c6:	01d5c833          	xor	a6,a1,t4
804025ca:	8f5d                	or	a4,a4,a5
804025cc:	00371893          	sll	a7,a4,0x3
804025d0:	0066c7b3          	xor	a5,a3,t1
804025d4:	00b81293          	sll	t0,a6,0xb
804025d8:	00959313          	sll	t1,a1,0x9
804025dc:	01585e93          	srl	t4,a6,0x15
804025e0:	98ba                	add	a7,a7,a4
804025e2:	8dbd                	xor	a1,a1,a5
804025e4:	00f34333          	xor	t1,t1,a5
804025e8:	0106c6b3          	xor	a3,a3,a6
804025ec:	005eeeb3          	or	t4,t4,t0
804025f0:	877e                	mv	a4,t6
804025f2:	4781                	li	a5,0
804025f4:	008f7c63          	bgeu	t5,s0,8040260c <sys_getrandom+0xa0>
804025f8:	00f8d833          	srl	a6,a7,a5
804025fc:	01070023          	sb	a6,0(a4)
80402600:	00a78663          	beq	a5,a0,8040260c <sys_getrandom+0xa0>
80402604:	07a1                	add	a5,a5,8
80402606:	0705                	add	a4,a4,1
80402608:	fefe18e3          	bne	t3,a5,804025f8 <sys_getrandom+0x8c>
8040260c:	0f11                	add	t5,t5,4
8040260e:	1e01                	add	t3,t3,-32
80402610:	0f91                	add	t6,t6,4
80402612:	fa8f64e3          	bltu	t5,s0,804025ba <sys_getrandom+0x4e>
80402616:	01d3a623          	sw	t4,12(t2)
8040261a:	d2d62823          	sw	a3,-720(a2)
8040261e:	0063a423          	sw	t1,8(t2)
80402622:	00b3a223          	sw	a1,4(t2)
80402626:	927ff0ef          	jal	80401f4c <myproc>
8040262a:	03052903          	lw	s2,48(a0)
8040262e:	4501                	li	a0,0
80402630:	22d9                	jal	804027f6 <arg_raw>
80402632:	85aa                	mv	a1,a0
80402634:	86a2                	mv	a3,s0
80402636:	8626                	mv	a2,s1
80402638:	854a                	mv	a0,s2
8040263a:	521000ef          	jal	8040335a <copyout>
8040263e:	00054f63          	bltz	a0,8040265c <sys_getrandom+0xf0>
80402642:	8522                	mv	a0,s0
80402644:	10c12083          	lw	ra,268(sp)
80402648:	10812403          	lw	s0,264(sp)
8040264c:	10412483          	lw	s1,260(sp)
80402650:	10012903          	lw	s2,256(sp)
80402654:	6151                	add	sp,sp,272
80402656:	8082                	ret
80402658:	5529                	li	a0,-22
8040265a:	b7ed                	j	80402644 <sys_getrandom+0xd8>
8040265c:	5549                	li	a0,-14
8040265e:	b7dd                	j	80402644 <sys_getrandom+0xd8>
80402660:	5535                	li	a0,-19
80402662:	b7cd                	j	80402644 <sys_getrandom+0xd8>

80402664 <memset>:
80402664:	00c56733          	or	a4,a0,a2
80402668:	8b0d                	and	a4,a4,3
8040266a:	87aa                	mv	a5,a0
8040266c:	cf01                	beqz	a4,80402684 <memset+0x20>
8040266e:	0ff5f593          	zext.b	a1,a1
80402672:	00c50733          	add	a4,a0,a2
80402676:	c61d                	beqz	a2,804026a4 <memset+0x40>
80402678:	00b78023          	sb	a1,0(a5)
8040267c:	0785                	add	a5,a5,1
8040267e:	fee79de3          	bne	a5,a4,80402678 <memset+0x14>
80402682:	8082                	ret
80402684:	0ff5f593          	zext.b	a1,a1
80402688:	00859693          	sll	a3,a1,0x8
8040268c:	96ae                	add	a3,a3,a1
8040268e:	01069793          	sll	a5,a3,0x10
80402692:	96be                	add	a3,a3,a5
80402694:	d67d                	beqz	a2,80402682 <memset+0x1e>
80402696:	00e507b3          	add	a5,a0,a4
8040269a:	c394                	sw	a3,0(a5)
8040269c:	0711                	add	a4,a4,4
8040269e:	fec76ce3          	bltu	a4,a2,80402696 <memset+0x32>
804026a2:	8082                	ret
804026a4:	8082                	ret

804026a6 <memcpy>:
804026a6:	00b567b3          	or	a5,a0,a1
804026aa:	8fd1                	or	a5,a5,a2
804026ac:	8b8d                	and	a5,a5,3
804026ae:	cf91                	beqz	a5,804026ca <memcpy+0x24>
804026b0:	87aa                	mv	a5,a0
804026b2:	00c586b3          	add	a3,a1,a2
804026b6:	c60d                	beqz	a2,804026e0 <memcpy+0x3a>
804026b8:	0005c703          	lbu	a4,0(a1)
804026bc:	0585                	add	a1,a1,1
804026be:	0785                	add	a5,a5,1
804026c0:	fee78fa3          	sb	a4,-1(a5)
804026c4:	fed59ae3          	bne	a1,a3,804026b8 <memcpy+0x12>
804026c8:	8082                	ret
804026ca:	de7d                	beqz	a2,804026c8 <memcpy+0x22>
804026cc:	00f58733          	add	a4,a1,a5
804026d0:	4314                	lw	a3,0(a4)
804026d2:	00f50733          	add	a4,a0,a5
804026d6:	0791                	add	a5,a5,4
804026d8:	c314                	sw	a3,0(a4)
804026da:	fec7e9e3          	bltu	a5,a2,804026cc <memcpy+0x26>
804026de:	8082                	ret
804026e0:	8082                	ret

804026e2 <memcmp>:
804026e2:	c205                	beqz	a2,80402702 <memcmp+0x20>
804026e4:	962a                	add	a2,a2,a0
804026e6:	a019                	j	804026ec <memcmp+0xa>
804026e8:	00c50d63          	beq	a0,a2,80402702 <memcmp+0x20>
804026ec:	00054783          	lbu	a5,0(a0)
804026f0:	0005c703          	lbu	a4,0(a1)
804026f4:	0505                	add	a0,a0,1
804026f6:	0585                	add	a1,a1,1
804026f8:	fee788e3          	beq	a5,a4,804026e8 <memcmp+0x6>
804026fc:	40e78533          	sub	a0,a5,a4
80402700:	8082                	ret
80402702:	4501                	li	a0,0
80402704:	8082                	ret

80402706 <strlen>:
80402706:	00054783          	lbu	a5,0(a0)
8040270a:	872a                	mv	a4,a0
8040270c:	4501                	li	a0,0
8040270e:	cb81                	beqz	a5,8040271e <strlen+0x18>
80402710:	0505                	add	a0,a0,1
80402712:	00a707b3          	add	a5,a4,a0
80402716:	0007c783          	lbu	a5,0(a5)
8040271a:	fbfd                	bnez	a5,80402710 <strlen+0xa>
8040271c:	8082                	ret
8040271e:	8082                	ret

80402720 <strncmp>:
80402720:	c20d                	beqz	a2,80402742 <strncmp+0x22>
80402722:	962a                	add	a2,a2,a0
80402724:	a021                	j	8040272c <strncmp+0xc>
80402726:	c385                	beqz	a5,80402746 <strncmp+0x26>
80402728:	00c50d63          	beq	a0,a2,80402742 <strncmp+0x22>
8040272c:	0005c783          	lbu	a5,0(a1)
80402730:	00054703          	lbu	a4,0(a0)
80402734:	0585                	add	a1,a1,1
80402736:	0505                	add	a0,a0,1
80402738:	fef707e3          	beq	a4,a5,80402726 <strncmp+0x6>
8040273c:	40f70533          	sub	a0,a4,a5
80402740:	8082                	ret
80402742:	4501                	li	a0,0
80402744:	8082                	ret
80402746:	4701                	li	a4,0
80402748:	40f70533          	sub	a0,a4,a5
8040274c:	8082                	ret

8040274e <strcmp>:
8040274e:	fff50693          	add	a3,a0,-1
80402752:	a021                	j	8040275a <strcmp+0xc>
80402754:	cf91                	beqz	a5,80402770 <strcmp+0x22>
80402756:	02d50163          	beq	a0,a3,80402778 <strcmp+0x2a>
8040275a:	0005c783          	lbu	a5,0(a1)
8040275e:	00054703          	lbu	a4,0(a0)
80402762:	0585                	add	a1,a1,1
80402764:	0505                	add	a0,a0,1
80402766:	fef707e3          	beq	a4,a5,80402754 <strcmp+0x6>
8040276a:	40f70533          	sub	a0,a4,a5
8040276e:	8082                	ret
80402770:	4701                	li	a4,0
80402772:	40f70533          	sub	a0,a4,a5
80402776:	8082                	ret
80402778:	4501                	li	a0,0
8040277a:	8082                	ret

8040277c <strlcpy_k>:
8040277c:	4785                	li	a5,1
8040277e:	882a                	mv	a6,a0
80402780:	02c7f563          	bgeu	a5,a2,804027aa <strlcpy_k+0x2e>
80402784:	962e                	add	a2,a2,a1
80402786:	872a                	mv	a4,a0
80402788:	fff60893          	add	a7,a2,-1
8040278c:	87ae                	mv	a5,a1
8040278e:	a801                	j	8040279e <strlcpy_k+0x22>
80402790:	00d70023          	sb	a3,0(a4)
80402794:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7faf9001>
80402798:	01160c63          	beq	a2,a7,804027b0 <strlcpy_k+0x34>
8040279c:	87b2                	mv	a5,a2
8040279e:	0007c683          	lbu	a3,0(a5)
804027a2:	00178613          	add	a2,a5,1
804027a6:	883a                	mv	a6,a4
804027a8:	f6e5                	bnez	a3,80402790 <strlcpy_k+0x14>
804027aa:	00080023          	sb	zero,0(a6)
804027ae:	8082                	ret
804027b0:	8f8d                	sub	a5,a5,a1
804027b2:	0785                	add	a5,a5,1
804027b4:	00f50833          	add	a6,a0,a5
804027b8:	00080023          	sb	zero,0(a6)
804027bc:	8082                	ret

804027be <syscall>:
804027be:	1141                	add	sp,sp,-16
804027c0:	c422                	sw	s0,8(sp)
804027c2:	c606                	sw	ra,12(sp)
804027c4:	f88ff0ef          	jal	80401f4c <myproc>
804027c8:	4120                	lw	s0,64(a0)
804027ca:	4749                	li	a4,18
804027cc:	fda00513          	li	a0,-38
804027d0:	407c                	lw	a5,68(s0)
804027d2:	fff78693          	add	a3,a5,-1
804027d6:	00d76b63          	bltu	a4,a3,804027ec <syscall+0x2e>
804027da:	80406737          	lui	a4,0x80406
804027de:	078a                	sll	a5,a5,0x2
804027e0:	33870713          	add	a4,a4,824 # 80406338 <syscalls>
804027e4:	97ba                	add	a5,a5,a4
804027e6:	439c                	lw	a5,0(a5)
804027e8:	c391                	beqz	a5,804027ec <syscall+0x2e>
804027ea:	9782                	jalr	a5
804027ec:	40b2                	lw	ra,12(sp)
804027ee:	d408                	sw	a0,40(s0)
804027f0:	4422                	lw	s0,8(sp)
804027f2:	0141                	add	sp,sp,16
804027f4:	8082                	ret

804027f6 <arg_raw>:
804027f6:	7179                	add	sp,sp,-48
804027f8:	d422                	sw	s0,40(sp)
804027fa:	d606                	sw	ra,44(sp)
804027fc:	842a                	mv	s0,a0
804027fe:	f4eff0ef          	jal	80401f4c <myproc>
80402802:	413c                	lw	a5,64(a0)
80402804:	4715                	li	a4,5
80402806:	5b88                	lw	a0,48(a5)
80402808:	02c7a803          	lw	a6,44(a5)
8040280c:	5bcc                	lw	a1,52(a5)
8040280e:	5f90                	lw	a2,56(a5)
80402810:	5fd4                	lw	a3,60(a5)
80402812:	579c                	lw	a5,40(a5)
80402814:	c82a                	sw	a0,16(sp)
80402816:	c642                	sw	a6,12(sp)
80402818:	c43e                	sw	a5,8(sp)
8040281a:	ca2e                	sw	a1,20(sp)
8040281c:	cc32                	sw	a2,24(sp)
8040281e:	ce36                	sw	a3,28(sp)
80402820:	4501                	li	a0,0
80402822:	00876963          	bltu	a4,s0,80402834 <arg_raw+0x3e>
80402826:	040a                	sll	s0,s0,0x2
80402828:	02040793          	add	a5,s0,32
8040282c:	00278433          	add	s0,a5,sp
80402830:	fe842503          	lw	a0,-24(s0)
80402834:	50b2                	lw	ra,44(sp)
80402836:	5422                	lw	s0,40(sp)
80402838:	6145                	add	sp,sp,48
8040283a:	8082                	ret

8040283c <arg_str>:
8040283c:	1101                	add	sp,sp,-32
8040283e:	ce06                	sw	ra,28(sp)
80402840:	cc22                	sw	s0,24(sp)
80402842:	ca26                	sw	s1,20(sp)
80402844:	c84a                	sw	s2,16(sp)
80402846:	c64e                	sw	s3,12(sp)
80402848:	84b2                	mv	s1,a2
8040284a:	842e                	mv	s0,a1
8040284c:	892a                	mv	s2,a0
8040284e:	efeff0ef          	jal	80401f4c <myproc>
80402852:	03052983          	lw	s3,48(a0)
80402856:	854a                	mv	a0,s2
80402858:	3f79                	jal	804027f6 <arg_raw>
8040285a:	85a2                	mv	a1,s0
8040285c:	4462                	lw	s0,24(sp)
8040285e:	40f2                	lw	ra,28(sp)
80402860:	4942                	lw	s2,16(sp)
80402862:	862a                	mv	a2,a0
80402864:	86a6                	mv	a3,s1
80402866:	854e                	mv	a0,s3
80402868:	44d2                	lw	s1,20(sp)
8040286a:	49b2                	lw	s3,12(sp)
8040286c:	6105                	add	sp,sp,32
8040286e:	3a10006f          	j	8040340e <copyinstr>

80402872 <sys_read>:
80402872:	1141                	add	sp,sp,-16
80402874:	4501                	li	a0,0
80402876:	c606                	sw	ra,12(sp)
80402878:	c422                	sw	s0,8(sp)
8040287a:	c226                	sw	s1,4(sp)
8040287c:	3fad                	jal	804027f6 <arg_raw>
8040287e:	47bd                	li	a5,15
80402880:	02a7ec63          	bltu	a5,a0,804028b8 <sys_read+0x46>
80402884:	842a                	mv	s0,a0
80402886:	0471                	add	s0,s0,28
80402888:	ec4ff0ef          	jal	80401f4c <myproc>
8040288c:	040a                	sll	s0,s0,0x2
8040288e:	9522                	add	a0,a0,s0
80402890:	4544                	lw	s1,12(a0)
80402892:	c09d                	beqz	s1,804028b8 <sys_read+0x46>
80402894:	4509                	li	a0,2
80402896:	3785                	jal	804027f6 <arg_raw>
80402898:	02054663          	bltz	a0,804028c4 <sys_read+0x52>
8040289c:	4505                	li	a0,1
8040289e:	3fa1                	jal	804027f6 <arg_raw>
804028a0:	842a                	mv	s0,a0
804028a2:	4509                	li	a0,2
804028a4:	3f89                	jal	804027f6 <arg_raw>
804028a6:	85a2                	mv	a1,s0
804028a8:	4422                	lw	s0,8(sp)
804028aa:	40b2                	lw	ra,12(sp)
804028ac:	862a                	mv	a2,a0
804028ae:	8526                	mv	a0,s1
804028b0:	4492                	lw	s1,4(sp)
804028b2:	0141                	add	sp,sp,16
804028b4:	aecfe06f          	j	80400ba0 <file_read>
804028b8:	555d                	li	a0,-9
804028ba:	40b2                	lw	ra,12(sp)
804028bc:	4422                	lw	s0,8(sp)
804028be:	4492                	lw	s1,4(sp)
804028c0:	0141                	add	sp,sp,16
804028c2:	8082                	ret
804028c4:	5529                	li	a0,-22
804028c6:	bfd5                	j	804028ba <sys_read+0x48>

804028c8 <sys_write>:
804028c8:	1141                	add	sp,sp,-16
804028ca:	4501                	li	a0,0
804028cc:	c606                	sw	ra,12(sp)
804028ce:	c422                	sw	s0,8(sp)
804028d0:	c226                	sw	s1,4(sp)
804028d2:	3715                	jal	804027f6 <arg_raw>
804028d4:	47bd                	li	a5,15
804028d6:	02a7ec63          	bltu	a5,a0,8040290e <sys_write+0x46>
804028da:	842a                	mv	s0,a0
804028dc:	0471                	add	s0,s0,28
804028de:	e6eff0ef          	jal	80401f4c <myproc>
804028e2:	040a                	sll	s0,s0,0x2
804028e4:	9522                	add	a0,a0,s0
804028e6:	4544                	lw	s1,12(a0)
804028e8:	c09d                	beqz	s1,8040290e <sys_write+0x46>
804028ea:	4509                	li	a0,2
804028ec:	3729                	jal	804027f6 <arg_raw>
804028ee:	02054663          	bltz	a0,8040291a <sys_write+0x52>
804028f2:	4505                	li	a0,1
804028f4:	3709                	jal	804027f6 <arg_raw>
804028f6:	842a                	mv	s0,a0
804028f8:	4509                	li	a0,2
804028fa:	3df5                	jal	804027f6 <arg_raw>
804028fc:	85a2                	mv	a1,s0
804028fe:	4422                	lw	s0,8(sp)
80402900:	40b2                	lw	ra,12(sp)
80402902:	862a                	mv	a2,a0
80402904:	8526                	mv	a0,s1
80402906:	4492                	lw	s1,4(sp)
80402908:	0141                	add	sp,sp,16
8040290a:	adefe06f          	j	80400be8 <file_write>
8040290e:	555d                	li	a0,-9
80402910:	40b2                	lw	ra,12(sp)
80402912:	4422                	lw	s0,8(sp)
80402914:	4492                	lw	s1,4(sp)
80402916:	0141                	add	sp,sp,16
80402918:	8082                	ret
8040291a:	5529                	li	a0,-22
8040291c:	bfd5                	j	80402910 <sys_write+0x48>

8040291e <sys_open>:
8040291e:	7171                	add	sp,sp,-176
80402920:	4505                	li	a0,1
80402922:	d706                	sw	ra,172(sp)
80402924:	d522                	sw	s0,168(sp)
80402926:	d326                	sw	s1,164(sp)
80402928:	d14a                	sw	s2,160(sp)
8040292a:	cf4e                	sw	s3,156(sp)
8040292c:	35e9                	jal	804027f6 <arg_raw>
8040292e:	84aa                	mv	s1,a0
80402930:	08000613          	li	a2,128
80402934:	080c                	add	a1,sp,16
80402936:	4501                	li	a0,0
80402938:	3711                	jal	8040283c <arg_str>
8040293a:	842a                	mv	s0,a0
8040293c:	04054963          	bltz	a0,8040298e <sys_open+0x70>
80402940:	0034f913          	and	s2,s1,3
80402944:	478d                	li	a5,3
80402946:	5429                	li	s0,-22
80402948:	04f90363          	beq	s2,a5,8040298e <sys_open+0x70>
8040294c:	0070                	add	a2,sp,12
8040294e:	85a6                	mv	a1,s1
80402950:	0808                	add	a0,sp,16
80402952:	b3bfd0ef          	jal	8040048c <fs_open>
80402956:	842a                	mv	s0,a0
80402958:	02054b63          	bltz	a0,8040298e <sys_open+0x70>
8040295c:	998fe0ef          	jal	80400af4 <file_alloc>
80402960:	89aa                	mv	s3,a0
80402962:	c131                	beqz	a0,804029a6 <sys_open+0x88>
80402964:	4732                	lw	a4,12(sp)
80402966:	fff90793          	add	a5,s2,-1
8040296a:	80a9                	srl	s1,s1,0xa
8040296c:	00f037b3          	snez	a5,a5
80402970:	4689                	li	a3,2
80402972:	8885                	and	s1,s1,1
80402974:	01203933          	snez	s2,s2
80402978:	c114                	sw	a3,0(a0)
8040297a:	c958                	sw	a4,20(a0)
8040297c:	c51c                	sw	a5,8(a0)
8040297e:	01252623          	sw	s2,12(a0)
80402982:	c904                	sw	s1,16(a0)
80402984:	ae3ff0ef          	jal	80402466 <fd_alloc>
80402988:	842a                	mv	s0,a0
8040298a:	00054a63          	bltz	a0,8040299e <sys_open+0x80>
8040298e:	50ba                	lw	ra,172(sp)
80402990:	8522                	mv	a0,s0
80402992:	542a                	lw	s0,168(sp)
80402994:	549a                	lw	s1,164(sp)
80402996:	590a                	lw	s2,160(sp)
80402998:	49fa                	lw	s3,156(sp)
8040299a:	614d                	add	sp,sp,176
8040299c:	8082                	ret
8040299e:	854e                	mv	a0,s3
804029a0:	9b4fe0ef          	jal	80400b54 <file_close>
804029a4:	b7ed                	j	8040298e <sys_open+0x70>
804029a6:	4532                	lw	a0,12(sp)
804029a8:	5421                	li	s0,-24
804029aa:	afbfe0ef          	jal	804014a4 <iput>
804029ae:	b7c5                	j	8040298e <sys_open+0x70>

804029b0 <sys_close>:
804029b0:	1141                	add	sp,sp,-16
804029b2:	4501                	li	a0,0
804029b4:	c606                	sw	ra,12(sp)
804029b6:	c422                	sw	s0,8(sp)
804029b8:	c226                	sw	s1,4(sp)
804029ba:	3d35                	jal	804027f6 <arg_raw>
804029bc:	47bd                	li	a5,15
804029be:	02a7e863          	bltu	a5,a0,804029ee <sys_close+0x3e>
804029c2:	842a                	mv	s0,a0
804029c4:	0471                	add	s0,s0,28
804029c6:	d86ff0ef          	jal	80401f4c <myproc>
804029ca:	040a                	sll	s0,s0,0x2
804029cc:	9522                	add	a0,a0,s0
804029ce:	4544                	lw	s1,12(a0)
804029d0:	cc99                	beqz	s1,804029ee <sys_close+0x3e>
804029d2:	d7aff0ef          	jal	80401f4c <myproc>
804029d6:	9522                	add	a0,a0,s0
804029d8:	00052623          	sw	zero,12(a0)
804029dc:	8526                	mv	a0,s1
804029de:	976fe0ef          	jal	80400b54 <file_close>
804029e2:	40b2                	lw	ra,12(sp)
804029e4:	4422                	lw	s0,8(sp)
804029e6:	4492                	lw	s1,4(sp)
804029e8:	4501                	li	a0,0
804029ea:	0141                	add	sp,sp,16
804029ec:	8082                	ret
804029ee:	40b2                	lw	ra,12(sp)
804029f0:	4422                	lw	s0,8(sp)
804029f2:	4492                	lw	s1,4(sp)
804029f4:	555d                	li	a0,-9
804029f6:	0141                	add	sp,sp,16
804029f8:	8082                	ret

804029fa <sys_lseek>:
804029fa:	1141                	add	sp,sp,-16
804029fc:	4501                	li	a0,0
804029fe:	c606                	sw	ra,12(sp)
80402a00:	c422                	sw	s0,8(sp)
80402a02:	c226                	sw	s1,4(sp)
80402a04:	3bcd                	jal	804027f6 <arg_raw>
80402a06:	47bd                	li	a5,15
80402a08:	02a7e863          	bltu	a5,a0,80402a38 <sys_lseek+0x3e>
80402a0c:	842a                	mv	s0,a0
80402a0e:	0471                	add	s0,s0,28
80402a10:	d3cff0ef          	jal	80401f4c <myproc>
80402a14:	040a                	sll	s0,s0,0x2
80402a16:	9522                	add	a0,a0,s0
80402a18:	4544                	lw	s1,12(a0)
80402a1a:	cc99                	beqz	s1,80402a38 <sys_lseek+0x3e>
80402a1c:	4505                	li	a0,1
80402a1e:	3be1                	jal	804027f6 <arg_raw>
80402a20:	842a                	mv	s0,a0
80402a22:	4509                	li	a0,2
80402a24:	3bc9                	jal	804027f6 <arg_raw>
80402a26:	85a2                	mv	a1,s0
80402a28:	4422                	lw	s0,8(sp)
80402a2a:	40b2                	lw	ra,12(sp)
80402a2c:	862a                	mv	a2,a0
80402a2e:	8526                	mv	a0,s1
80402a30:	4492                	lw	s1,4(sp)
80402a32:	0141                	add	sp,sp,16
80402a34:	a06fe06f          	j	80400c3a <file_seek>
80402a38:	40b2                	lw	ra,12(sp)
80402a3a:	4422                	lw	s0,8(sp)
80402a3c:	4492                	lw	s1,4(sp)
80402a3e:	555d                	li	a0,-9
80402a40:	0141                	add	sp,sp,16
80402a42:	8082                	ret

80402a44 <sys_unlink>:
80402a44:	7175                	add	sp,sp,-144
80402a46:	08000613          	li	a2,128
80402a4a:	858a                	mv	a1,sp
80402a4c:	4501                	li	a0,0
80402a4e:	c706                	sw	ra,140(sp)
80402a50:	33f5                	jal	8040283c <arg_str>
80402a52:	00054563          	bltz	a0,80402a5c <sys_unlink+0x18>
80402a56:	850a                	mv	a0,sp
80402a58:	b95fd0ef          	jal	804005ec <fs_unlink>
80402a5c:	40ba                	lw	ra,140(sp)
80402a5e:	6149                	add	sp,sp,144
80402a60:	8082                	ret

80402a62 <sys_readdir>:
80402a62:	7179                	add	sp,sp,-48
80402a64:	4501                	li	a0,0
80402a66:	d606                	sw	ra,44(sp)
80402a68:	d422                	sw	s0,40(sp)
80402a6a:	d226                	sw	s1,36(sp)
80402a6c:	d8bff0ef          	jal	804027f6 <arg_raw>
80402a70:	860a                	mv	a2,sp
80402a72:	004c                	add	a1,sp,4
80402a74:	c0bfd0ef          	jal	8040067e <fs_readdir>
80402a78:	02054d63          	bltz	a0,80402ab2 <sys_readdir+0x50>
80402a7c:	0048                	add	a0,sp,4
80402a7e:	c89ff0ef          	jal	80402706 <strlen>
80402a82:	842a                	mv	s0,a0
80402a84:	4509                	li	a0,2
80402a86:	0405                	add	s0,s0,1
80402a88:	d6fff0ef          	jal	804027f6 <arg_raw>
80402a8c:	04856163          	bltu	a0,s0,80402ace <sys_readdir+0x6c>
80402a90:	cbcff0ef          	jal	80401f4c <myproc>
80402a94:	5904                	lw	s1,48(a0)
80402a96:	4505                	li	a0,1
80402a98:	d5fff0ef          	jal	804027f6 <arg_raw>
80402a9c:	85aa                	mv	a1,a0
80402a9e:	86a2                	mv	a3,s0
80402aa0:	0050                	add	a2,sp,4
80402aa2:	8526                	mv	a0,s1
80402aa4:	0b7000ef          	jal	8040335a <copyout>
80402aa8:	02054663          	bltz	a0,80402ad4 <sys_readdir+0x72>
80402aac:	4502                	lw	a0,0(sp)
80402aae:	00054763          	bltz	a0,80402abc <sys_readdir+0x5a>
80402ab2:	50b2                	lw	ra,44(sp)
80402ab4:	5422                	lw	s0,40(sp)
80402ab6:	5492                	lw	s1,36(sp)
80402ab8:	6145                	add	sp,sp,48
80402aba:	8082                	ret
80402abc:	50b2                	lw	ra,44(sp)
80402abe:	5422                	lw	s0,40(sp)
80402ac0:	80000537          	lui	a0,0x80000
80402ac4:	5492                	lw	s1,36(sp)
80402ac6:	fff54513          	not	a0,a0
80402aca:	6145                	add	sp,sp,48
80402acc:	8082                	ret
80402ace:	fdc00513          	li	a0,-36
80402ad2:	b7c5                	j	80402ab2 <sys_readdir+0x50>
80402ad4:	5549                	li	a0,-14
80402ad6:	bff1                	j	80402ab2 <sys_readdir+0x50>

80402ad8 <sys_exit>:
80402ad8:	1141                	add	sp,sp,-16
80402ada:	4501                	li	a0,0
80402adc:	c606                	sw	ra,12(sp)
80402ade:	d19ff0ef          	jal	804027f6 <arg_raw>
80402ae2:	0ff57513          	zext.b	a0,a0
80402ae6:	fbcff0ef          	jal	804022a2 <proc_exit>

80402aea <sys_getpid>:
80402aea:	1141                	add	sp,sp,-16
80402aec:	c606                	sw	ra,12(sp)
80402aee:	c5eff0ef          	jal	80401f4c <myproc>
80402af2:	40b2                	lw	ra,12(sp)
80402af4:	4148                	lw	a0,4(a0)
80402af6:	0141                	add	sp,sp,16
80402af8:	8082                	ret

80402afa <sys_yield>:
80402afa:	1141                	add	sp,sp,-16
80402afc:	c606                	sw	ra,12(sp)
80402afe:	e52ff0ef          	jal	80402150 <yield>
80402b02:	40b2                	lw	ra,12(sp)
80402b04:	4501                	li	a0,0
80402b06:	0141                	add	sp,sp,16
80402b08:	8082                	ret

80402b0a <sys_sleep>:
80402b0a:	1141                	add	sp,sp,-16
80402b0c:	4501                	li	a0,0
80402b0e:	c606                	sw	ra,12(sp)
80402b10:	ce7ff0ef          	jal	804027f6 <arg_raw>
80402b14:	2cfd                	jal	80402e12 <timer_sleep_ms>
80402b16:	40b2                	lw	ra,12(sp)
80402b18:	4501                	li	a0,0
80402b1a:	0141                	add	sp,sp,16
80402b1c:	8082                	ret

80402b1e <sys_uptime>:
80402b1e:	ac55                	j	80402dd2 <uptime_ms>

80402b20 <sys_sbrk>:
80402b20:	1101                	add	sp,sp,-32
80402b22:	ce06                	sw	ra,28(sp)
80402b24:	cc22                	sw	s0,24(sp)
80402b26:	c64e                	sw	s3,12(sp)
80402b28:	c452                	sw	s4,8(sp)
80402b2a:	ca26                	sw	s1,20(sp)
80402b2c:	c84a                	sw	s2,16(sp)
80402b2e:	c1eff0ef          	jal	80401f4c <myproc>
80402b32:	8a2a                	mv	s4,a0
80402b34:	4501                	li	a0,0
80402b36:	cc1ff0ef          	jal	804027f6 <arg_raw>
80402b3a:	842a                	mv	s0,a0
80402b3c:	038a2983          	lw	s3,56(s4)
80402b40:	04a05163          	blez	a0,80402b82 <sys_sbrk+0x62>
80402b44:	6785                	lui	a5,0x1
80402b46:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402b48:	0bfdf737          	lui	a4,0xbfdf
80402b4c:	00f98933          	add	s2,s3,a5
80402b50:	76fd                	lui	a3,0xfffff
80402b52:	41370733          	sub	a4,a4,s3
80402b56:	00d97933          	and	s2,s2,a3
80402b5a:	06a76a63          	bltu	a4,a0,80402bce <sys_sbrk+0xae>
80402b5e:	00f50633          	add	a2,a0,a5
80402b62:	964e                	add	a2,a2,s3
80402b64:	8e75                	and	a2,a2,a3
80402b66:	04c96563          	bltu	s2,a2,80402bb0 <sys_sbrk+0x90>
80402b6a:	944e                	add	s0,s0,s3
80402b6c:	028a2c23          	sw	s0,56(s4)
80402b70:	854e                	mv	a0,s3
80402b72:	40f2                	lw	ra,28(sp)
80402b74:	4462                	lw	s0,24(sp)
80402b76:	44d2                	lw	s1,20(sp)
80402b78:	4942                	lw	s2,16(sp)
80402b7a:	49b2                	lw	s3,12(sp)
80402b7c:	4a22                	lw	s4,8(sp)
80402b7e:	6105                	add	sp,sp,32
80402b80:	8082                	ret
80402b82:	d565                	beqz	a0,80402b6a <sys_sbrk+0x4a>
80402b84:	034a2703          	lw	a4,52(s4)
80402b88:	40a007b3          	neg	a5,a0
80402b8c:	40e98733          	sub	a4,s3,a4
80402b90:	04f76163          	bltu	a4,a5,80402bd2 <sys_sbrk+0xb2>
80402b94:	6605                	lui	a2,0x1
80402b96:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402b98:	00c505b3          	add	a1,a0,a2
80402b9c:	77fd                	lui	a5,0xfffff
80402b9e:	95ce                	add	a1,a1,s3
80402ba0:	964e                	add	a2,a2,s3
80402ba2:	030a2503          	lw	a0,48(s4)
80402ba6:	8dfd                	and	a1,a1,a5
80402ba8:	8e7d                	and	a2,a2,a5
80402baa:	8e0d                	sub	a2,a2,a1
80402bac:	23ad                	jal	80403116 <uvm_dealloc>
80402bae:	bf75                	j	80402b6a <sys_sbrk+0x4a>
80402bb0:	030a2503          	lw	a0,48(s4)
80402bb4:	412604b3          	sub	s1,a2,s2
80402bb8:	4699                	li	a3,6
80402bba:	8626                	mv	a2,s1
80402bbc:	85ca                	mv	a1,s2
80402bbe:	29c1                	jal	8040308e <uvm_alloc>
80402bc0:	fa0555e3          	bgez	a0,80402b6a <sys_sbrk+0x4a>
80402bc4:	030a2503          	lw	a0,48(s4)
80402bc8:	8626                	mv	a2,s1
80402bca:	85ca                	mv	a1,s2
80402bcc:	23a9                	jal	80403116 <uvm_dealloc>
80402bce:	5551                	li	a0,-12
80402bd0:	b74d                	j	80402b72 <sys_sbrk+0x52>
80402bd2:	5529                	li	a0,-22
80402bd4:	bf79                	j	80402b72 <sys_sbrk+0x52>

80402bd6 <sys_spawn>:
80402bd6:	7129                	add	sp,sp,-320
80402bd8:	08000613          	li	a2,128
80402bdc:	006c                	add	a1,sp,12
80402bde:	4501                	li	a0,0
80402be0:	12812c23          	sw	s0,312(sp)
80402be4:	12112e23          	sw	ra,316(sp)
80402be8:	12912a23          	sw	s1,308(sp)
80402bec:	13212823          	sw	s2,304(sp)
80402bf0:	13312623          	sw	s3,300(sp)
80402bf4:	13412423          	sw	s4,296(sp)
80402bf8:	13512223          	sw	s5,292(sp)
80402bfc:	13612023          	sw	s6,288(sp)
80402c00:	11712e23          	sw	s7,284(sp)
80402c04:	11812c23          	sw	s8,280(sp)
80402c08:	c35ff0ef          	jal	8040283c <arg_str>
80402c0c:	842a                	mv	s0,a0
80402c0e:	02054863          	bltz	a0,80402c3e <sys_spawn+0x68>
80402c12:	c21fe0ef          	jal	80401832 <kalloc>
80402c16:	8a2a                	mv	s4,a0
80402c18:	c969                	beqz	a0,80402cea <sys_spawn+0x114>
80402c1a:	4505                	li	a0,1
80402c1c:	bdbff0ef          	jal	804027f6 <arg_raw>
80402c20:	e531                	bnez	a0,80402c6c <sys_spawn+0x96>
80402c22:	007c                	add	a5,sp,12
80402c24:	c73e                	sw	a5,140(sp)
80402c26:	c902                	sw	zero,144(sp)
80402c28:	b24ff0ef          	jal	80401f4c <myproc>
80402c2c:	862a                	mv	a2,a0
80402c2e:	016c                	add	a1,sp,140
80402c30:	0068                	add	a0,sp,12
80402c32:	b61fd0ef          	jal	80400792 <proc_spawn>
80402c36:	842a                	mv	s0,a0
80402c38:	8552                	mv	a0,s4
80402c3a:	c23fe0ef          	jal	8040185c <kfree>
80402c3e:	13c12083          	lw	ra,316(sp)
80402c42:	8522                	mv	a0,s0
80402c44:	13812403          	lw	s0,312(sp)
80402c48:	13412483          	lw	s1,308(sp)
80402c4c:	13012903          	lw	s2,304(sp)
80402c50:	12c12983          	lw	s3,300(sp)
80402c54:	12812a03          	lw	s4,296(sp)
80402c58:	12412a83          	lw	s5,292(sp)
80402c5c:	12012b03          	lw	s6,288(sp)
80402c60:	11c12b83          	lw	s7,284(sp)
80402c64:	11812c03          	lw	s8,280(sp)
80402c68:	6131                	add	sp,sp,320
80402c6a:	8082                	ret
80402c6c:	4505                	li	a0,1
80402c6e:	b89ff0ef          	jal	804027f6 <arg_raw>
80402c72:	8b2a                	mv	s6,a0
80402c74:	ad8ff0ef          	jal	80401f4c <myproc>
80402c78:	03052a83          	lw	s5,48(a0) # 80000030 <_entry-0x3fffd0>
80402c7c:	4481                	li	s1,0
80402c7e:	4901                	li	s2,0
80402c80:	08000c13          	li	s8,128
80402c84:	6b85                	lui	s7,0x1
80402c86:	a831                	j	80402ca2 <sys_spawn+0xcc>
80402c88:	786000ef          	jal	8040340e <copyinstr>
80402c8c:	0491                	add	s1,s1,4
80402c8e:	0178                	add	a4,sp,140
80402c90:	842a                	mv	s0,a0
80402c92:	00150793          	add	a5,a0,1
80402c96:	9726                	add	a4,a4,s1
80402c98:	04054363          	bltz	a0,80402cde <sys_spawn+0x108>
80402c9c:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402ca0:	993e                	add	s2,s2,a5
80402ca2:	002c                	add	a1,sp,8
80402ca4:	4691                	li	a3,4
80402ca6:	009b0633          	add	a2,s6,s1
80402caa:	8556                	mv	a0,s5
80402cac:	2be5                	jal	804032a4 <copyin>
80402cae:	012a09b3          	add	s3,s4,s2
80402cb2:	87aa                	mv	a5,a0
80402cb4:	412b86b3          	sub	a3,s7,s2
80402cb8:	85ce                	mv	a1,s3
80402cba:	8556                	mv	a0,s5
80402cbc:	0007c863          	bltz	a5,80402ccc <sys_spawn+0xf6>
80402cc0:	4622                	lw	a2,8(sp)
80402cc2:	c619                	beqz	a2,80402cd0 <sys_spawn+0xfa>
80402cc4:	fd8492e3          	bne	s1,s8,80402c88 <sys_spawn+0xb2>
80402cc8:	5429                	li	s0,-22
80402cca:	b7bd                	j	80402c38 <sys_spawn+0x62>
80402ccc:	5449                	li	s0,-14
80402cce:	b7ad                	j	80402c38 <sys_spawn+0x62>
80402cd0:	11048793          	add	a5,s1,272
80402cd4:	002784b3          	add	s1,a5,sp
80402cd8:	f604ae23          	sw	zero,-132(s1)
80402cdc:	b7b1                	j	80402c28 <sys_spawn+0x52>
80402cde:	fdc00793          	li	a5,-36
80402ce2:	f4f51be3          	bne	a0,a5,80402c38 <sys_spawn+0x62>
80402ce6:	5429                	li	s0,-22
80402ce8:	bf81                	j	80402c38 <sys_spawn+0x62>
80402cea:	5451                	li	s0,-12
80402cec:	bf89                	j	80402c3e <sys_spawn+0x68>

80402cee <sys_wait>:
80402cee:	1141                	add	sp,sp,-16
80402cf0:	4501                	li	a0,0
80402cf2:	c606                	sw	ra,12(sp)
80402cf4:	c422                	sw	s0,8(sp)
80402cf6:	b01ff0ef          	jal	804027f6 <arg_raw>
80402cfa:	842a                	mv	s0,a0
80402cfc:	4505                	li	a0,1
80402cfe:	af9ff0ef          	jal	804027f6 <arg_raw>
80402d02:	85aa                	mv	a1,a0
80402d04:	8522                	mv	a0,s0
80402d06:	4422                	lw	s0,8(sp)
80402d08:	40b2                	lw	ra,12(sp)
80402d0a:	0141                	add	sp,sp,16
80402d0c:	e74ff06f          	j	80402380 <proc_wait>

80402d10 <timer_init>:
80402d10:	c81027f3          	rdtimeh	a5
80402d14:	c01026f3          	rdtime	a3
80402d18:	c8102773          	rdtimeh	a4
80402d1c:	fee79ae3          	bne	a5,a4,80402d10 <timer_init>
80402d20:	6561                	lui	a0,0x18
80402d22:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402d26:	9536                	add	a0,a0,a3
80402d28:	00d535b3          	sltu	a1,a0,a3
80402d2c:	80429637          	lui	a2,0x80429
80402d30:	80429737          	lui	a4,0x80429
80402d34:	95be                	add	a1,a1,a5
80402d36:	06d62023          	sw	a3,96(a2) # 80429060 <boot_time>
80402d3a:	06f62223          	sw	a5,100(a2)
80402d3e:	04a72c23          	sw	a0,88(a4) # 80429058 <next_tick>
80402d42:	04b72e23          	sw	a1,92(a4)
80402d46:	1130106f          	j	80404658 <arch_set_timer>

80402d4a <timer_intr>:
80402d4a:	1141                	add	sp,sp,-16
80402d4c:	c606                	sw	ra,12(sp)
80402d4e:	c422                	sw	s0,8(sp)
80402d50:	c226                	sw	s1,4(sp)
80402d52:	c8102473          	rdtimeh	s0
80402d56:	c01024f3          	rdtime	s1
80402d5a:	c81027f3          	rdtimeh	a5
80402d5e:	fef41ae3          	bne	s0,a5,80402d52 <timer_intr+0x8>
80402d62:	804296b7          	lui	a3,0x80429
80402d66:	0586a783          	lw	a5,88(a3) # 80429058 <next_tick>
80402d6a:	6761                	lui	a4,0x18
80402d6c:	05c6a603          	lw	a2,92(a3)
80402d70:	6a070713          	add	a4,a4,1696 # 186a0 <_entry-0x803e7960>
80402d74:	973e                	add	a4,a4,a5
80402d76:	00f737b3          	sltu	a5,a4,a5
80402d7a:	97b2                	add	a5,a5,a2
80402d7c:	853a                	mv	a0,a4
80402d7e:	85be                	mv	a1,a5
80402d80:	00f46d63          	bltu	s0,a5,80402d9a <timer_intr+0x50>
80402d84:	04878463          	beq	a5,s0,80402dcc <timer_intr+0x82>
80402d88:	6561                	lui	a0,0x18
80402d8a:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402d8e:	9526                	add	a0,a0,s1
80402d90:	009535b3          	sltu	a1,a0,s1
80402d94:	95a2                	add	a1,a1,s0
80402d96:	872a                	mv	a4,a0
80402d98:	87ae                	mv	a5,a1
80402d9a:	04e6ac23          	sw	a4,88(a3)
80402d9e:	04f6ae23          	sw	a5,92(a3)
80402da2:	0b7010ef          	jal	80404658 <arch_set_timer>
80402da6:	804297b7          	lui	a5,0x80429
80402daa:	0507a703          	lw	a4,80(a5) # 80429050 <ticks>
80402dae:	05078513          	add	a0,a5,80
80402db2:	0705                	add	a4,a4,1
80402db4:	04e7a823          	sw	a4,80(a5)
80402db8:	c70ff0ef          	jal	80402228 <wakeup>
80402dbc:	85a2                	mv	a1,s0
80402dbe:	4422                	lw	s0,8(sp)
80402dc0:	40b2                	lw	ra,12(sp)
80402dc2:	8526                	mv	a0,s1
80402dc4:	4492                	lw	s1,4(sp)
80402dc6:	0141                	add	sp,sp,16
80402dc8:	c18ff06f          	j	804021e0 <wakeup_expired>
80402dcc:	fce4e7e3          	bltu	s1,a4,80402d9a <timer_intr+0x50>
80402dd0:	bf65                	j	80402d88 <timer_intr+0x3e>

80402dd2 <uptime_ms>:
80402dd2:	1141                	add	sp,sp,-16
80402dd4:	c606                	sw	ra,12(sp)
80402dd6:	c81027f3          	rdtimeh	a5
80402dda:	c01025f3          	rdtime	a1
80402dde:	c8102773          	rdtimeh	a4
80402de2:	fee79ae3          	bne	a5,a4,80402dd6 <uptime_ms+0x4>
80402de6:	80429737          	lui	a4,0x80429
80402dea:	06072503          	lw	a0,96(a4) # 80429060 <boot_time>
80402dee:	06472703          	lw	a4,100(a4)
80402df2:	6609                	lui	a2,0x2
80402df4:	40a58533          	sub	a0,a1,a0
80402df8:	00a5b5b3          	sltu	a1,a1,a0
80402dfc:	8f99                	sub	a5,a5,a4
80402dfe:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80402e02:	4681                	li	a3,0
80402e04:	40b785b3          	sub	a1,a5,a1
80402e08:	673020ef          	jal	80405c7a <__udivdi3>
80402e0c:	40b2                	lw	ra,12(sp)
80402e0e:	0141                	add	sp,sp,16
80402e10:	8082                	ret

80402e12 <timer_sleep_ms>:
80402e12:	1141                	add	sp,sp,-16
80402e14:	c606                	sw	ra,12(sp)
80402e16:	c422                	sw	s0,8(sp)
80402e18:	c226                	sw	s1,4(sp)
80402e1a:	c04a                	sw	s2,0(sp)
80402e1c:	c8102773          	rdtimeh	a4
80402e20:	c01027f3          	rdtime	a5
80402e24:	c81026f3          	rdtimeh	a3
80402e28:	fed71ae3          	bne	a4,a3,80402e1c <timer_sleep_ms+0xa>
80402e2c:	6689                	lui	a3,0x2
80402e2e:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80402e32:	02d50933          	mul	s2,a0,a3
80402e36:	804294b7          	lui	s1,0x80429
80402e3a:	02d53533          	mulhu	a0,a0,a3
80402e3e:	993e                	add	s2,s2,a5
80402e40:	00f937b3          	sltu	a5,s2,a5
80402e44:	972a                	add	a4,a4,a0
80402e46:	00e78433          	add	s0,a5,a4
80402e4a:	c81027f3          	rdtimeh	a5
80402e4e:	c01026f3          	rdtime	a3
80402e52:	c8102773          	rdtimeh	a4
80402e56:	fee79ae3          	bne	a5,a4,80402e4a <timer_sleep_ms+0x38>
80402e5a:	05048513          	add	a0,s1,80 # 80429050 <ticks>
80402e5e:	0087f563          	bgeu	a5,s0,80402e68 <timer_sleep_ms+0x56>
80402e62:	b0aff0ef          	jal	8040216c <sleep_on>
80402e66:	b7d5                	j	80402e4a <timer_sleep_ms+0x38>
80402e68:	00f41463          	bne	s0,a5,80402e70 <timer_sleep_ms+0x5e>
80402e6c:	ff26ebe3          	bltu	a3,s2,80402e62 <timer_sleep_ms+0x50>
80402e70:	40b2                	lw	ra,12(sp)
80402e72:	4422                	lw	s0,8(sp)
80402e74:	4492                	lw	s1,4(sp)
80402e76:	4902                	lw	s2,0(sp)
80402e78:	0141                	add	sp,sp,16
80402e7a:	8082                	ret

80402e7c <user_trap_return>:
80402e7c:	1141                	add	sp,sp,-16
80402e7e:	c606                	sw	ra,12(sp)
80402e80:	8ccff0ef          	jal	80401f4c <myproc>
80402e84:	804297b7          	lui	a5,0x80429
80402e88:	0a87a783          	lw	a5,168(a5) # 804290a8 <pv_shared_info>
80402e8c:	4705                	li	a4,1
80402e8e:	00e780a3          	sb	a4,1(a5)
80402e92:	4128                	lw	a0,64(a0)
80402e94:	7e2010ef          	jal	80404676 <arch_user_return>

80402e98 <user_trap>:
80402e98:	1141                	add	sp,sp,-16
80402e9a:	c422                	sw	s0,8(sp)
80402e9c:	c606                	sw	ra,12(sp)
80402e9e:	842a                	mv	s0,a0
80402ea0:	8acff0ef          	jal	80401f4c <myproc>
80402ea4:	08842783          	lw	a5,136(s0)
80402ea8:	0607c463          	bltz	a5,80402f10 <user_trap+0x78>
80402eac:	46a1                	li	a3,8
80402eae:	08042703          	lw	a4,128(s0)
80402eb2:	04d78463          	beq	a5,a3,80402efa <user_trap+0x62>
80402eb6:	46bd                	li	a3,15
80402eb8:	4150                	lw	a2,4(a0)
80402eba:	00c50593          	add	a1,a0,12
80402ebe:	04f6e463          	bltu	a3,a5,80402f06 <user_trap+0x6e>
80402ec2:	804066b7          	lui	a3,0x80406
80402ec6:	078a                	sll	a5,a5,0x2
80402ec8:	52868693          	add	a3,a3,1320 # 80406528 <names.0>
80402ecc:	96be                	add	a3,a3,a5
80402ece:	4294                	lw	a3,0(a3)
80402ed0:	ca9d                	beqz	a3,80402f06 <user_trap+0x6e>
80402ed2:	08c42783          	lw	a5,140(s0)
80402ed6:	80406537          	lui	a0,0x80406
80402eda:	3a050513          	add	a0,a0,928 # 804063a0 <syscalls+0x68>
80402ede:	fcdfe0ef          	jal	80401eaa <kprintf>
80402ee2:	08842783          	lw	a5,136(s0)
80402ee6:	4709                	li	a4,2
80402ee8:	02e78b63          	beq	a5,a4,80402f1e <user_trap+0x86>
80402eec:	470d                	li	a4,3
80402eee:	02e78b63          	beq	a5,a4,80402f24 <user_trap+0x8c>
80402ef2:	08b00513          	li	a0,139
80402ef6:	bacff0ef          	jal	804022a2 <proc_exit>
80402efa:	0711                	add	a4,a4,4
80402efc:	08e42023          	sw	a4,128(s0)
80402f00:	8bfff0ef          	jal	804027be <syscall>
80402f04:	3fa5                	jal	80402e7c <user_trap_return>
80402f06:	804066b7          	lui	a3,0x80406
80402f0a:	38868693          	add	a3,a3,904 # 80406388 <syscalls+0x50>
80402f0e:	b7d1                	j	80402ed2 <user_trap+0x3a>
80402f10:	853e                	mv	a0,a5
80402f12:	71a010ef          	jal	8040462c <arch_interrupt>
80402f16:	d57d                	beqz	a0,80402f04 <user_trap+0x6c>
80402f18:	a38ff0ef          	jal	80402150 <yield>
80402f1c:	b7e5                	j	80402f04 <user_trap+0x6c>
80402f1e:	08400513          	li	a0,132
80402f22:	bfd1                	j	80402ef6 <user_trap+0x5e>
80402f24:	08500513          	li	a0,133
80402f28:	b7f9                	j	80402ef6 <user_trap+0x5e>

80402f2a <kernel_trap>:
80402f2a:	87aa                	mv	a5,a0
80402f2c:	08852503          	lw	a0,136(a0)
80402f30:	1141                	add	sp,sp,-16
80402f32:	c606                	sw	ra,12(sp)
80402f34:	00055b63          	bgez	a0,80402f4a <kernel_trap+0x20>
80402f38:	0847a783          	lw	a5,132(a5)
80402f3c:	1007f793          	and	a5,a5,256
80402f40:	cf85                	beqz	a5,80402f78 <kernel_trap+0x4e>
80402f42:	40b2                	lw	ra,12(sp)
80402f44:	0141                	add	sp,sp,16
80402f46:	6e60106f          	j	8040462c <arch_interrupt>
80402f4a:	473d                	li	a4,15
80402f4c:	02a76c63          	bltu	a4,a0,80402f84 <kernel_trap+0x5a>
80402f50:	80406737          	lui	a4,0x80406
80402f54:	00251693          	sll	a3,a0,0x2
80402f58:	52870713          	add	a4,a4,1320 # 80406528 <names.0>
80402f5c:	9736                	add	a4,a4,a3
80402f5e:	430c                	lw	a1,0(a4)
80402f60:	c195                	beqz	a1,80402f84 <kernel_trap+0x5a>
80402f62:	08c7a703          	lw	a4,140(a5)
80402f66:	0807a683          	lw	a3,128(a5)
80402f6a:	862a                	mv	a2,a0
80402f6c:	80406537          	lui	a0,0x80406
80402f70:	3d050513          	add	a0,a0,976 # 804063d0 <syscalls+0x98>
80402f74:	f5dfe0ef          	jal	80401ed0 <panic>
80402f78:	80406537          	lui	a0,0x80406
80402f7c:	40c50513          	add	a0,a0,1036 # 8040640c <syscalls+0xd4>
80402f80:	f51fe0ef          	jal	80401ed0 <panic>
80402f84:	804065b7          	lui	a1,0x80406
80402f88:	38858593          	add	a1,a1,904 # 80406388 <syscalls+0x50>
80402f8c:	bfd9                	j	80402f62 <kernel_trap+0x38>

80402f8e <pt_walk>:
80402f8e:	0165d793          	srl	a5,a1,0x16
80402f92:	1141                	add	sp,sp,-16
80402f94:	078a                	sll	a5,a5,0x2
80402f96:	c04a                	sw	s2,0(sp)
80402f98:	00f50933          	add	s2,a0,a5
80402f9c:	00092503          	lw	a0,0(s2)
80402fa0:	c422                	sw	s0,8(sp)
80402fa2:	c606                	sw	ra,12(sp)
80402fa4:	c226                	sw	s1,4(sp)
80402fa6:	00157793          	and	a5,a0,1
80402faa:	842e                	mv	s0,a1
80402fac:	c38d                	beqz	a5,80402fce <pt_walk+0x40>
80402fae:	00e57793          	and	a5,a0,14
80402fb2:	e3b9                	bnez	a5,80402ff8 <pt_walk+0x6a>
80402fb4:	8031                	srl	s0,s0,0xc
80402fb6:	3ff47413          	and	s0,s0,1023
80402fba:	460010ef          	jal	8040441a <arch_pte_page>
80402fbe:	040a                	sll	s0,s0,0x2
80402fc0:	40b2                	lw	ra,12(sp)
80402fc2:	9522                	add	a0,a0,s0
80402fc4:	4422                	lw	s0,8(sp)
80402fc6:	4492                	lw	s1,4(sp)
80402fc8:	4902                	lw	s2,0(sp)
80402fca:	0141                	add	sp,sp,16
80402fcc:	8082                	ret
80402fce:	c60d                	beqz	a2,80402ff8 <pt_walk+0x6a>
80402fd0:	0f2010ef          	jal	804040c2 <arch_pt_alloc>
80402fd4:	84aa                	mv	s1,a0
80402fd6:	c10d                	beqz	a0,80402ff8 <pt_walk+0x6a>
80402fd8:	8031                	srl	s0,s0,0xc
80402fda:	85aa                	mv	a1,a0
80402fdc:	3ff47413          	and	s0,s0,1023
80402fe0:	854a                	mv	a0,s2
80402fe2:	280010ef          	jal	80404262 <arch_pt_link>
80402fe6:	040a                	sll	s0,s0,0x2
80402fe8:	00848533          	add	a0,s1,s0
80402fec:	40b2                	lw	ra,12(sp)
80402fee:	4422                	lw	s0,8(sp)
80402ff0:	4492                	lw	s1,4(sp)
80402ff2:	4902                	lw	s2,0(sp)
80402ff4:	0141                	add	sp,sp,16
80402ff6:	8082                	ret
80402ff8:	40b2                	lw	ra,12(sp)
80402ffa:	4422                	lw	s0,8(sp)
80402ffc:	4492                	lw	s1,4(sp)
80402ffe:	4902                	lw	s2,0(sp)
80403000:	4501                	li	a0,0
80403002:	0141                	add	sp,sp,16
80403004:	8082                	ret

80403006 <uvm_free>:
80403006:	1101                	add	sp,sp,-32
80403008:	c05a                	sw	s6,0(sp)
8040300a:	8b2a                	mv	s6,a0
8040300c:	c84a                	sw	s2,16(sp)
8040300e:	c452                	sw	s4,8(sp)
80403010:	c256                	sw	s5,4(sp)
80403012:	ce06                	sw	ra,28(sp)
80403014:	cc22                	sw	s0,24(sp)
80403016:	ca26                	sw	s1,20(sp)
80403018:	c64e                	sw	s3,12(sp)
8040301a:	892a                	mv	s2,a0
8040301c:	0c0b0a13          	add	s4,s6,192
80403020:	0fa010ef          	jal	8040411a <arch_pt_unpin>
80403024:	6a85                	lui	s5,0x1
80403026:	a021                	j	8040302e <uvm_free+0x28>
80403028:	0911                	add	s2,s2,4
8040302a:	03490c63          	beq	s2,s4,80403062 <uvm_free+0x5c>
8040302e:	00092503          	lw	a0,0(s2)
80403032:	00157793          	and	a5,a0,1
80403036:	dbed                	beqz	a5,80403028 <uvm_free+0x22>
80403038:	3e2010ef          	jal	8040441a <arch_pte_page>
8040303c:	89aa                	mv	s3,a0
8040303e:	842a                	mv	s0,a0
80403040:	015984b3          	add	s1,s3,s5
80403044:	0d6010ef          	jal	8040411a <arch_pt_unpin>
80403048:	4008                	lw	a0,0(s0)
8040304a:	0411                	add	s0,s0,4
8040304c:	00157793          	and	a5,a0,1
80403050:	eb85                	bnez	a5,80403080 <uvm_free+0x7a>
80403052:	fe941be3          	bne	s0,s1,80403048 <uvm_free+0x42>
80403056:	854e                	mv	a0,s3
80403058:	0911                	add	s2,s2,4
8040305a:	18a010ef          	jal	804041e4 <arch_pt_free>
8040305e:	fd4918e3          	bne	s2,s4,8040302e <uvm_free+0x28>
80403062:	855a                	mv	a0,s6
80403064:	180010ef          	jal	804041e4 <arch_pt_free>
80403068:	4462                	lw	s0,24(sp)
8040306a:	40f2                	lw	ra,28(sp)
8040306c:	44d2                	lw	s1,20(sp)
8040306e:	4942                	lw	s2,16(sp)
80403070:	49b2                	lw	s3,12(sp)
80403072:	4a22                	lw	s4,8(sp)
80403074:	4a92                	lw	s5,4(sp)
80403076:	855a                	mv	a0,s6
80403078:	4b02                	lw	s6,0(sp)
8040307a:	6105                	add	sp,sp,32
8040307c:	31c0106f          	j	80404398 <arch_pt_commit>
80403080:	39a010ef          	jal	8040441a <arch_pte_page>
80403084:	fd8fe0ef          	jal	8040185c <kfree>
80403088:	fc9410e3          	bne	s0,s1,80403048 <uvm_free+0x42>
8040308c:	b7e9                	j	80403056 <uvm_free+0x50>

8040308e <uvm_alloc>:
8040308e:	1101                	add	sp,sp,-32
80403090:	c84a                	sw	s2,16(sp)
80403092:	c64e                	sw	s3,12(sp)
80403094:	ce06                	sw	ra,28(sp)
80403096:	cc22                	sw	s0,24(sp)
80403098:	ca26                	sw	s1,20(sp)
8040309a:	c452                	sw	s4,8(sp)
8040309c:	c256                	sw	s5,4(sp)
8040309e:	c05a                	sw	s6,0(sp)
804030a0:	00c589b3          	add	s3,a1,a2
804030a4:	892a                	mv	s2,a0
804030a6:	0535f763          	bgeu	a1,s3,804030f4 <uvm_alloc+0x66>
804030aa:	84ae                	mv	s1,a1
804030ac:	8b36                	mv	s6,a3
804030ae:	0d16ea93          	or	s5,a3,209
804030b2:	6a05                	lui	s4,0x1
804030b4:	a831                	j	804030d0 <uvm_alloc+0x42>
804030b6:	f7cfe0ef          	jal	80401832 <kalloc>
804030ba:	85d6                	mv	a1,s5
804030bc:	cd15                	beqz	a0,804030f8 <uvm_alloc+0x6a>
804030be:	31e010ef          	jal	804043dc <arch_pte_leaf>
804030c2:	85aa                	mv	a1,a0
804030c4:	94d2                	add	s1,s1,s4
804030c6:	8522                	mv	a0,s0
804030c8:	248010ef          	jal	80404310 <arch_pt_set>
804030cc:	0334f463          	bgeu	s1,s3,804030f4 <uvm_alloc+0x66>
804030d0:	4605                	li	a2,1
804030d2:	85a6                	mv	a1,s1
804030d4:	854a                	mv	a0,s2
804030d6:	eb9ff0ef          	jal	80402f8e <pt_walk>
804030da:	842a                	mv	s0,a0
804030dc:	cd11                	beqz	a0,804030f8 <uvm_alloc+0x6a>
804030de:	410c                	lw	a1,0(a0)
804030e0:	0015f793          	and	a5,a1,1
804030e4:	dbe9                	beqz	a5,804030b6 <uvm_alloc+0x28>
804030e6:	0165e5b3          	or	a1,a1,s6
804030ea:	94d2                	add	s1,s1,s4
804030ec:	224010ef          	jal	80404310 <arch_pt_set>
804030f0:	ff34e0e3          	bltu	s1,s3,804030d0 <uvm_alloc+0x42>
804030f4:	4401                	li	s0,0
804030f6:	a011                	j	804030fa <uvm_alloc+0x6c>
804030f8:	5451                	li	s0,-12
804030fa:	854a                	mv	a0,s2
804030fc:	29c010ef          	jal	80404398 <arch_pt_commit>
80403100:	40f2                	lw	ra,28(sp)
80403102:	8522                	mv	a0,s0
80403104:	4462                	lw	s0,24(sp)
80403106:	44d2                	lw	s1,20(sp)
80403108:	4942                	lw	s2,16(sp)
8040310a:	49b2                	lw	s3,12(sp)
8040310c:	4a22                	lw	s4,8(sp)
8040310e:	4a92                	lw	s5,4(sp)
80403110:	4b02                	lw	s6,0(sp)
80403112:	6105                	add	sp,sp,32
80403114:	8082                	ret

80403116 <uvm_dealloc>:
80403116:	7169                	add	sp,sp,-304
80403118:	11512a23          	sw	s5,276(sp)
8040311c:	12112623          	sw	ra,300(sp)
80403120:	12812423          	sw	s0,296(sp)
80403124:	12912223          	sw	s1,292(sp)
80403128:	13212023          	sw	s2,288(sp)
8040312c:	11312e23          	sw	s3,284(sp)
80403130:	11412c23          	sw	s4,280(sp)
80403134:	11612823          	sw	s6,272(sp)
80403138:	11712623          	sw	s7,268(sp)
8040313c:	00c58ab3          	add	s5,a1,a2
80403140:	0d55f863          	bgeu	a1,s5,80403210 <uvm_dealloc+0xfa>
80403144:	84ae                	mv	s1,a1
80403146:	8a2a                	mv	s4,a0
80403148:	4901                	li	s2,0
8040314a:	04000b93          	li	s7,64
8040314e:	10010993          	add	s3,sp,256
80403152:	6b05                	lui	s6,0x1
80403154:	a021                	j	8040315c <uvm_dealloc+0x46>
80403156:	94da                	add	s1,s1,s6
80403158:	0754fa63          	bgeu	s1,s5,804031cc <uvm_dealloc+0xb6>
8040315c:	0164d793          	srl	a5,s1,0x16
80403160:	078a                	sll	a5,a5,0x2
80403162:	97d2                	add	a5,a5,s4
80403164:	4388                	lw	a0,0(a5)
80403166:	00157793          	and	a5,a0,1
8040316a:	d7f5                	beqz	a5,80403156 <uvm_dealloc+0x40>
8040316c:	00e57793          	and	a5,a0,14
80403170:	f3fd                	bnez	a5,80403156 <uvm_dealloc+0x40>
80403172:	2a8010ef          	jal	8040441a <arch_pte_page>
80403176:	00c4d793          	srl	a5,s1,0xc
8040317a:	3ff7f793          	and	a5,a5,1023
8040317e:	078a                	sll	a5,a5,0x2
80403180:	00f50433          	add	s0,a0,a5
80403184:	d869                	beqz	s0,80403156 <uvm_dealloc+0x40>
80403186:	4008                	lw	a0,0(s0)
80403188:	00157793          	and	a5,a0,1
8040318c:	d7e9                	beqz	a5,80403156 <uvm_dealloc+0x40>
8040318e:	28c010ef          	jal	8040441a <arch_pte_page>
80403192:	00291793          	sll	a5,s2,0x2
80403196:	10078793          	add	a5,a5,256
8040319a:	872a                	mv	a4,a0
8040319c:	0905                	add	s2,s2,1
8040319e:	978a                	add	a5,a5,sp
804031a0:	4581                	li	a1,0
804031a2:	8522                	mv	a0,s0
804031a4:	f0e7a023          	sw	a4,-256(a5)
804031a8:	168010ef          	jal	80404310 <arch_pt_set>
804031ac:	fb7915e3          	bne	s2,s7,80403156 <uvm_dealloc+0x40>
804031b0:	8552                	mv	a0,s4
804031b2:	1e6010ef          	jal	80404398 <arch_pt_commit>
804031b6:	840a                	mv	s0,sp
804031b8:	4008                	lw	a0,0(s0)
804031ba:	0411                	add	s0,s0,4
804031bc:	ea0fe0ef          	jal	8040185c <kfree>
804031c0:	ff341ce3          	bne	s0,s3,804031b8 <uvm_dealloc+0xa2>
804031c4:	94da                	add	s1,s1,s6
804031c6:	4901                	li	s2,0
804031c8:	f954eae3          	bltu	s1,s5,8040315c <uvm_dealloc+0x46>
804031cc:	8552                	mv	a0,s4
804031ce:	1ca010ef          	jal	80404398 <arch_pt_commit>
804031d2:	00090b63          	beqz	s2,804031e8 <uvm_dealloc+0xd2>
804031d6:	848a                	mv	s1,sp
804031d8:	4401                	li	s0,0
804031da:	4088                	lw	a0,0(s1)
804031dc:	0405                	add	s0,s0,1
804031de:	0491                	add	s1,s1,4
804031e0:	e7cfe0ef          	jal	8040185c <kfree>
804031e4:	fe891be3          	bne	s2,s0,804031da <uvm_dealloc+0xc4>
804031e8:	12c12083          	lw	ra,300(sp)
804031ec:	12812403          	lw	s0,296(sp)
804031f0:	12412483          	lw	s1,292(sp)
804031f4:	12012903          	lw	s2,288(sp)
804031f8:	11c12983          	lw	s3,284(sp)
804031fc:	11812a03          	lw	s4,280(sp)
80403200:	11412a83          	lw	s5,276(sp)
80403204:	11012b03          	lw	s6,272(sp)
80403208:	10c12b83          	lw	s7,268(sp)
8040320c:	6155                	add	sp,sp,304
8040320e:	8082                	ret
80403210:	12812403          	lw	s0,296(sp)
80403214:	12c12083          	lw	ra,300(sp)
80403218:	12412483          	lw	s1,292(sp)
8040321c:	12012903          	lw	s2,288(sp)
80403220:	11c12983          	lw	s3,284(sp)
80403224:	11812a03          	lw	s4,280(sp)
80403228:	11412a83          	lw	s5,276(sp)
8040322c:	11012b03          	lw	s6,272(sp)
80403230:	10c12b83          	lw	s7,268(sp)
80403234:	6155                	add	sp,sp,304
80403236:	1620106f          	j	80404398 <arch_pt_commit>

8040323a <uvm_kva>:
8040323a:	0c0007b7          	lui	a5,0xc000
8040323e:	00f5e463          	bltu	a1,a5,80403246 <uvm_kva+0xc>
80403242:	4501                	li	a0,0
80403244:	8082                	ret
80403246:	0165d793          	srl	a5,a1,0x16
8040324a:	078a                	sll	a5,a5,0x2
8040324c:	953e                	add	a0,a0,a5
8040324e:	4108                	lw	a0,0(a0)
80403250:	1101                	add	sp,sp,-32
80403252:	cc22                	sw	s0,24(sp)
80403254:	ce06                	sw	ra,28(sp)
80403256:	c632                	sw	a2,12(sp)
80403258:	00157793          	and	a5,a0,1
8040325c:	842e                	mv	s0,a1
8040325e:	cf95                	beqz	a5,8040329a <uvm_kva+0x60>
80403260:	00e57793          	and	a5,a0,14
80403264:	eb9d                	bnez	a5,8040329a <uvm_kva+0x60>
80403266:	1b4010ef          	jal	8040441a <arch_pte_page>
8040326a:	00c45793          	srl	a5,s0,0xc
8040326e:	4632                	lw	a2,12(sp)
80403270:	3ff7f793          	and	a5,a5,1023
80403274:	078a                	sll	a5,a5,0x2
80403276:	953e                	add	a0,a0,a5
80403278:	01166613          	or	a2,a2,17
8040327c:	cd19                	beqz	a0,8040329a <uvm_kva+0x60>
8040327e:	4108                	lw	a0,0(a0)
80403280:	00c577b3          	and	a5,a0,a2
80403284:	00c79b63          	bne	a5,a2,8040329a <uvm_kva+0x60>
80403288:	0452                	sll	s0,s0,0x14
8040328a:	190010ef          	jal	8040441a <arch_pte_page>
8040328e:	8051                	srl	s0,s0,0x14
80403290:	40f2                	lw	ra,28(sp)
80403292:	8d41                	or	a0,a0,s0
80403294:	4462                	lw	s0,24(sp)
80403296:	6105                	add	sp,sp,32
80403298:	8082                	ret
8040329a:	40f2                	lw	ra,28(sp)
8040329c:	4462                	lw	s0,24(sp)
8040329e:	4501                	li	a0,0
804032a0:	6105                	add	sp,sp,32
804032a2:	8082                	ret

804032a4 <copyin>:
804032a4:	cacd                	beqz	a3,80403356 <copyin+0xb2>
804032a6:	7179                	add	sp,sp,-48
804032a8:	d04a                	sw	s2,32(sp)
804032aa:	d606                	sw	ra,44(sp)
804032ac:	d422                	sw	s0,40(sp)
804032ae:	d226                	sw	s1,36(sp)
804032b0:	ce4e                	sw	s3,28(sp)
804032b2:	cc52                	sw	s4,24(sp)
804032b4:	ca56                	sw	s5,20(sp)
804032b6:	c85a                	sw	s6,16(sp)
804032b8:	c65e                	sw	s7,12(sp)
804032ba:	c462                	sw	s8,8(sp)
804032bc:	0c0007b7          	lui	a5,0xc000
804032c0:	8932                	mv	s2,a2
804032c2:	00f66f63          	bltu	a2,a5,804032e0 <copyin+0x3c>
804032c6:	5549                	li	a0,-14
804032c8:	50b2                	lw	ra,44(sp)
804032ca:	5422                	lw	s0,40(sp)
804032cc:	5492                	lw	s1,36(sp)
804032ce:	5902                	lw	s2,32(sp)
804032d0:	49f2                	lw	s3,28(sp)
804032d2:	4a62                	lw	s4,24(sp)
804032d4:	4ad2                	lw	s5,20(sp)
804032d6:	4b42                	lw	s6,16(sp)
804032d8:	4bb2                	lw	s7,12(sp)
804032da:	4c22                	lw	s8,8(sp)
804032dc:	6145                	add	sp,sp,48
804032de:	8082                	ret
804032e0:	6b85                	lui	s7,0x1
804032e2:	84b6                	mv	s1,a3
804032e4:	8aaa                	mv	s5,a0
804032e6:	89ae                	mv	s3,a1
804032e8:	4b4d                	li	s6,19
804032ea:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
804032ee:	0c000a37          	lui	s4,0xc000
804032f2:	01695793          	srl	a5,s2,0x16
804032f6:	078a                	sll	a5,a5,0x2
804032f8:	97d6                	add	a5,a5,s5
804032fa:	4388                	lw	a0,0(a5)
804032fc:	00157793          	and	a5,a0,1
80403300:	00e57713          	and	a4,a0,14
80403304:	d3e9                	beqz	a5,804032c6 <copyin+0x22>
80403306:	f361                	bnez	a4,804032c6 <copyin+0x22>
80403308:	112010ef          	jal	8040441a <arch_pte_page>
8040330c:	00c95793          	srl	a5,s2,0xc
80403310:	3ff7f793          	and	a5,a5,1023
80403314:	078a                	sll	a5,a5,0x2
80403316:	953e                	add	a0,a0,a5
80403318:	d55d                	beqz	a0,804032c6 <copyin+0x22>
8040331a:	4108                	lw	a0,0(a0)
8040331c:	01357793          	and	a5,a0,19
80403320:	fb6793e3          	bne	a5,s6,804032c6 <copyin+0x22>
80403324:	0f6010ef          	jal	8040441a <arch_pte_page>
80403328:	01897433          	and	s0,s2,s8
8040332c:	008565b3          	or	a1,a0,s0
80403330:	854e                	mv	a0,s3
80403332:	408b8433          	sub	s0,s7,s0
80403336:	d9c1                	beqz	a1,804032c6 <copyin+0x22>
80403338:	0084f363          	bgeu	s1,s0,8040333e <copyin+0x9a>
8040333c:	8426                	mv	s0,s1
8040333e:	8622                	mv	a2,s0
80403340:	8c81                	sub	s1,s1,s0
80403342:	b64ff0ef          	jal	804026a6 <memcpy>
80403346:	9922                	add	s2,s2,s0
80403348:	99a2                	add	s3,s3,s0
8040334a:	c481                	beqz	s1,80403352 <copyin+0xae>
8040334c:	f7497de3          	bgeu	s2,s4,804032c6 <copyin+0x22>
80403350:	b74d                	j	804032f2 <copyin+0x4e>
80403352:	4501                	li	a0,0
80403354:	bf95                	j	804032c8 <copyin+0x24>
80403356:	4501                	li	a0,0
80403358:	8082                	ret

8040335a <copyout>:
8040335a:	cac5                	beqz	a3,8040340a <copyout+0xb0>
8040335c:	7179                	add	sp,sp,-48
8040335e:	d04a                	sw	s2,32(sp)
80403360:	d606                	sw	ra,44(sp)
80403362:	d422                	sw	s0,40(sp)
80403364:	d226                	sw	s1,36(sp)
80403366:	ce4e                	sw	s3,28(sp)
80403368:	cc52                	sw	s4,24(sp)
8040336a:	ca56                	sw	s5,20(sp)
8040336c:	c85a                	sw	s6,16(sp)
8040336e:	c65e                	sw	s7,12(sp)
80403370:	c462                	sw	s8,8(sp)
80403372:	0c0007b7          	lui	a5,0xc000
80403376:	892e                	mv	s2,a1
80403378:	00f5ef63          	bltu	a1,a5,80403396 <copyout+0x3c>
8040337c:	5549                	li	a0,-14
8040337e:	50b2                	lw	ra,44(sp)
80403380:	5422                	lw	s0,40(sp)
80403382:	5492                	lw	s1,36(sp)
80403384:	5902                	lw	s2,32(sp)
80403386:	49f2                	lw	s3,28(sp)
80403388:	4a62                	lw	s4,24(sp)
8040338a:	4ad2                	lw	s5,20(sp)
8040338c:	4b42                	lw	s6,16(sp)
8040338e:	4bb2                	lw	s7,12(sp)
80403390:	4c22                	lw	s8,8(sp)
80403392:	6145                	add	sp,sp,48
80403394:	8082                	ret
80403396:	6b85                	lui	s7,0x1
80403398:	84b6                	mv	s1,a3
8040339a:	8aaa                	mv	s5,a0
8040339c:	89b2                	mv	s3,a2
8040339e:	4b55                	li	s6,21
804033a0:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
804033a4:	0c000a37          	lui	s4,0xc000
804033a8:	01695793          	srl	a5,s2,0x16
804033ac:	078a                	sll	a5,a5,0x2
804033ae:	97d6                	add	a5,a5,s5
804033b0:	4388                	lw	a0,0(a5)
804033b2:	00157793          	and	a5,a0,1
804033b6:	00e57713          	and	a4,a0,14
804033ba:	d3e9                	beqz	a5,8040337c <copyout+0x22>
804033bc:	f361                	bnez	a4,8040337c <copyout+0x22>
804033be:	05c010ef          	jal	8040441a <arch_pte_page>
804033c2:	00c95793          	srl	a5,s2,0xc
804033c6:	3ff7f793          	and	a5,a5,1023
804033ca:	078a                	sll	a5,a5,0x2
804033cc:	953e                	add	a0,a0,a5
804033ce:	d55d                	beqz	a0,8040337c <copyout+0x22>
804033d0:	4108                	lw	a0,0(a0)
804033d2:	01557793          	and	a5,a0,21
804033d6:	fb6793e3          	bne	a5,s6,8040337c <copyout+0x22>
804033da:	040010ef          	jal	8040441a <arch_pte_page>
804033de:	01897433          	and	s0,s2,s8
804033e2:	8d41                	or	a0,a0,s0
804033e4:	85ce                	mv	a1,s3
804033e6:	408b8433          	sub	s0,s7,s0
804033ea:	d949                	beqz	a0,8040337c <copyout+0x22>
804033ec:	0084f363          	bgeu	s1,s0,804033f2 <copyout+0x98>
804033f0:	8426                	mv	s0,s1
804033f2:	8622                	mv	a2,s0
804033f4:	8c81                	sub	s1,s1,s0
804033f6:	ab0ff0ef          	jal	804026a6 <memcpy>
804033fa:	9922                	add	s2,s2,s0
804033fc:	99a2                	add	s3,s3,s0
804033fe:	c481                	beqz	s1,80403406 <copyout+0xac>
80403400:	f7497ee3          	bgeu	s2,s4,8040337c <copyout+0x22>
80403404:	b755                	j	804033a8 <copyout+0x4e>
80403406:	4501                	li	a0,0
80403408:	bf9d                	j	8040337e <copyout+0x24>
8040340a:	4501                	li	a0,0
8040340c:	8082                	ret

8040340e <copyinstr>:
8040340e:	cadd                	beqz	a3,804034c4 <copyinstr+0xb6>
80403410:	7179                	add	sp,sp,-48
80403412:	c85a                	sw	s6,16(sp)
80403414:	c65e                	sw	s7,12(sp)
80403416:	d606                	sw	ra,44(sp)
80403418:	d422                	sw	s0,40(sp)
8040341a:	d226                	sw	s1,36(sp)
8040341c:	d04a                	sw	s2,32(sp)
8040341e:	ce4e                	sw	s3,28(sp)
80403420:	cc52                	sw	s4,24(sp)
80403422:	ca56                	sw	s5,20(sp)
80403424:	c462                	sw	s8,8(sp)
80403426:	0c000b37          	lui	s6,0xc000
8040342a:	8bb2                	mv	s7,a2
8040342c:	01666f63          	bltu	a2,s6,8040344a <copyinstr+0x3c>
80403430:	5549                	li	a0,-14
80403432:	50b2                	lw	ra,44(sp)
80403434:	5422                	lw	s0,40(sp)
80403436:	5492                	lw	s1,36(sp)
80403438:	5902                	lw	s2,32(sp)
8040343a:	49f2                	lw	s3,28(sp)
8040343c:	4a62                	lw	s4,24(sp)
8040343e:	4ad2                	lw	s5,20(sp)
80403440:	4b42                	lw	s6,16(sp)
80403442:	4bb2                	lw	s7,12(sp)
80403444:	4c22                	lw	s8,8(sp)
80403446:	6145                	add	sp,sp,48
80403448:	8082                	ret
8040344a:	6a05                	lui	s4,0x1
8040344c:	8ab6                	mv	s5,a3
8040344e:	8c2a                	mv	s8,a0
80403450:	892e                	mv	s2,a1
80403452:	40cb0b33          	sub	s6,s6,a2
80403456:	4401                	li	s0,0
80403458:	49cd                	li	s3,19
8040345a:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
8040345c:	008b84b3          	add	s1,s7,s0
80403460:	0164d793          	srl	a5,s1,0x16
80403464:	078a                	sll	a5,a5,0x2
80403466:	97e2                	add	a5,a5,s8
80403468:	4388                	lw	a0,0(a5)
8040346a:	00157793          	and	a5,a0,1
8040346e:	00e57713          	and	a4,a0,14
80403472:	dfdd                	beqz	a5,80403430 <copyinstr+0x22>
80403474:	ff55                	bnez	a4,80403430 <copyinstr+0x22>
80403476:	7a5000ef          	jal	8040441a <arch_pte_page>
8040347a:	00c4d793          	srl	a5,s1,0xc
8040347e:	3ff7f793          	and	a5,a5,1023
80403482:	078a                	sll	a5,a5,0x2
80403484:	97aa                	add	a5,a5,a0
80403486:	d7cd                	beqz	a5,80403430 <copyinstr+0x22>
80403488:	4388                	lw	a0,0(a5)
8040348a:	01357793          	and	a5,a0,19
8040348e:	fb3791e3          	bne	a5,s3,80403430 <copyinstr+0x22>
80403492:	789000ef          	jal	8040441a <arch_pte_page>
80403496:	0144f4b3          	and	s1,s1,s4
8040349a:	009567b3          	or	a5,a0,s1
8040349e:	00890733          	add	a4,s2,s0
804034a2:	d7d9                	beqz	a5,80403430 <copyinstr+0x22>
804034a4:	0007c783          	lbu	a5,0(a5) # c000000 <_entry-0x74400000>
804034a8:	00f70023          	sb	a5,0(a4)
804034ac:	cb91                	beqz	a5,804034c0 <copyinstr+0xb2>
804034ae:	0405                	add	s0,s0,1
804034b0:	008a8563          	beq	s5,s0,804034ba <copyinstr+0xac>
804034b4:	f7640ee3          	beq	s0,s6,80403430 <copyinstr+0x22>
804034b8:	b755                	j	8040345c <copyinstr+0x4e>
804034ba:	fdc00513          	li	a0,-36
804034be:	bf95                	j	80403432 <copyinstr+0x24>
804034c0:	8522                	mv	a0,s0
804034c2:	bf85                	j	80403432 <copyinstr+0x24>
804034c4:	fdc00513          	li	a0,-36
804034c8:	8082                	ret

804034ca <either_copyin>:
804034ca:	1141                	add	sp,sp,-16
804034cc:	c422                	sw	s0,8(sp)
804034ce:	c226                	sw	s1,4(sp)
804034d0:	c04a                	sw	s2,0(sp)
804034d2:	c606                	sw	ra,12(sp)
804034d4:	842e                	mv	s0,a1
804034d6:	84b2                	mv	s1,a2
804034d8:	8936                	mv	s2,a3
804034da:	ed09                	bnez	a0,804034f4 <either_copyin+0x2a>
804034dc:	85a6                	mv	a1,s1
804034de:	8522                	mv	a0,s0
804034e0:	8636                	mv	a2,a3
804034e2:	9c4ff0ef          	jal	804026a6 <memcpy>
804034e6:	40b2                	lw	ra,12(sp)
804034e8:	4422                	lw	s0,8(sp)
804034ea:	4492                	lw	s1,4(sp)
804034ec:	4902                	lw	s2,0(sp)
804034ee:	4501                	li	a0,0
804034f0:	0141                	add	sp,sp,16
804034f2:	8082                	ret
804034f4:	a59fe0ef          	jal	80401f4c <myproc>
804034f8:	85a2                	mv	a1,s0
804034fa:	4422                	lw	s0,8(sp)
804034fc:	40b2                	lw	ra,12(sp)
804034fe:	5908                	lw	a0,48(a0)
80403500:	86ca                	mv	a3,s2
80403502:	8626                	mv	a2,s1
80403504:	4902                	lw	s2,0(sp)
80403506:	4492                	lw	s1,4(sp)
80403508:	0141                	add	sp,sp,16
8040350a:	d9bff06f          	j	804032a4 <copyin>

8040350e <either_copyout>:
8040350e:	1141                	add	sp,sp,-16
80403510:	c422                	sw	s0,8(sp)
80403512:	c226                	sw	s1,4(sp)
80403514:	c04a                	sw	s2,0(sp)
80403516:	c606                	sw	ra,12(sp)
80403518:	842e                	mv	s0,a1
8040351a:	84b2                	mv	s1,a2
8040351c:	8936                	mv	s2,a3
8040351e:	ed09                	bnez	a0,80403538 <either_copyout+0x2a>
80403520:	85a6                	mv	a1,s1
80403522:	8522                	mv	a0,s0
80403524:	8636                	mv	a2,a3
80403526:	980ff0ef          	jal	804026a6 <memcpy>
8040352a:	40b2                	lw	ra,12(sp)
8040352c:	4422                	lw	s0,8(sp)
8040352e:	4492                	lw	s1,4(sp)
80403530:	4902                	lw	s2,0(sp)
80403532:	4501                	li	a0,0
80403534:	0141                	add	sp,sp,16
80403536:	8082                	ret
80403538:	a15fe0ef          	jal	80401f4c <myproc>
8040353c:	85a2                	mv	a1,s0
8040353e:	4422                	lw	s0,8(sp)
80403540:	40b2                	lw	ra,12(sp)
80403542:	5908                	lw	a0,48(a0)
80403544:	86ca                	mv	a3,s2
80403546:	8626                	mv	a2,s1
80403548:	4902                	lw	s2,0(sp)
8040354a:	4492                	lw	s1,4(sp)
8040354c:	0141                	add	sp,sp,16
8040354e:	e0dff06f          	j	8040335a <copyout>

80403552 <pv_disk_init>:
80403552:	7175                	add	sp,sp,-144
80403554:	006c                	add	a1,sp,12
80403556:	dcd2                	sw	s4,120(sp)
80403558:	c706                	sw	ra,140(sp)
8040355a:	c522                	sw	s0,136(sp)
8040355c:	c326                	sw	s1,132(sp)
8040355e:	c14a                	sw	s2,128(sp)
80403560:	dece                	sw	s3,124(sp)
80403562:	8a2a                	mv	s4,a0
80403564:	48e010ef          	jal	804049f2 <blkfront_probe>
80403568:	57f9                	li	a5,-2
8040356a:	06f50963          	beq	a0,a5,804035dc <pv_disk_init+0x8a>
8040356e:	08054663          	bltz	a0,804035fa <pv_disk_init+0xa8>
80403572:	ac0fe0ef          	jal	80401832 <kalloc>
80403576:	0820                	add	s0,sp,24
80403578:	c82a                	sw	a0,16(sp)
8040357a:	00a03933          	snez	s2,a0
8040357e:	04410993          	add	s3,sp,68
80403582:	84a2                	mv	s1,s0
80403584:	aaefe0ef          	jal	80401832 <kalloc>
80403588:	c088                	sw	a0,0(s1)
8040358a:	00a03533          	snez	a0,a0
8040358e:	0491                	add	s1,s1,4
80403590:	00a97933          	and	s2,s2,a0
80403594:	ff3498e3          	bne	s1,s3,80403584 <pv_disk_init+0x32>
80403598:	04090b63          	beqz	s2,804035ee <pv_disk_init+0x9c>
8040359c:	4542                	lw	a0,16(sp)
8040359e:	2d8d                	jal	80403c10 <virt_to_mfn>
804035a0:	ca2a                	sw	a0,20(sp)
804035a2:	4008                	lw	a0,0(s0)
804035a4:	0411                	add	s0,s0,4
804035a6:	25ad                	jal	80403c10 <virt_to_mfn>
804035a8:	d408                	sw	a0,40(s0)
804035aa:	ff341ce3          	bne	s0,s3,804035a2 <pv_disk_init+0x50>
804035ae:	804056b7          	lui	a3,0x80405
804035b2:	80501537          	lui	a0,0x80501
804035b6:	db268693          	add	a3,a3,-590 # 80404db2 <pv_block>
804035ba:	0810                	add	a2,sp,16
804035bc:	85d2                	mv	a1,s4
804035be:	d4050513          	add	a0,a0,-704 # 80500d40 <bf>
804035c2:	43e010ef          	jal	80404a00 <blkfront_connect>
804035c6:	00054d63          	bltz	a0,804035e0 <pv_disk_init+0x8e>
804035ca:	40ba                	lw	ra,140(sp)
804035cc:	442a                	lw	s0,136(sp)
804035ce:	449a                	lw	s1,132(sp)
804035d0:	59f6                	lw	s3,124(sp)
804035d2:	5a66                	lw	s4,120(sp)
804035d4:	854a                	mv	a0,s2
804035d6:	490a                	lw	s2,128(sp)
804035d8:	6149                	add	sp,sp,144
804035da:	8082                	ret
804035dc:	4901                	li	s2,0
804035de:	b7f5                	j	804035ca <pv_disk_init+0x78>
804035e0:	85aa                	mv	a1,a0
804035e2:	80406537          	lui	a0,0x80406
804035e6:	5c450513          	add	a0,a0,1476 # 804065c4 <names.0+0x9c>
804035ea:	8e7fe0ef          	jal	80401ed0 <panic>
804035ee:	80406537          	lui	a0,0x80406
804035f2:	5a850513          	add	a0,a0,1448 # 804065a8 <names.0+0x80>
804035f6:	8dbfe0ef          	jal	80401ed0 <panic>
804035fa:	862a                	mv	a2,a0
804035fc:	804065b7          	lui	a1,0x80406
80403600:	80406537          	lui	a0,0x80406
80403604:	56858593          	add	a1,a1,1384 # 80406568 <names.0+0x40>
80403608:	58050513          	add	a0,a0,1408 # 80406580 <names.0+0x58>
8040360c:	8c5fe0ef          	jal	80401ed0 <panic>

80403610 <disk_capacity>:
80403610:	805017b7          	lui	a5,0x80501
80403614:	d5c7a503          	lw	a0,-676(a5) # 80500d5c <bf+0x1c>
80403618:	8082                	ret

8040361a <disk_read>:
8040361a:	1141                	add	sp,sp,-16
8040361c:	c422                	sw	s0,8(sp)
8040361e:	c226                	sw	s1,4(sp)
80403620:	c606                	sw	ra,12(sp)
80403622:	842e                	mv	s0,a1
80403624:	84aa                	mv	s1,a0
80403626:	c985                	beqz	a1,80403656 <disk_read+0x3c>
80403628:	80501537          	lui	a0,0x80501
8040362c:	d4050793          	add	a5,a0,-704 # 80500d40 <bf>
80403630:	4fdc                	lw	a5,28(a5)
80403632:	0297e263          	bltu	a5,s1,80403656 <disk_read+0x3c>
80403636:	8f85                	sub	a5,a5,s1
80403638:	00b7ef63          	bltu	a5,a1,80403656 <disk_read+0x3c>
8040363c:	86b2                	mv	a3,a2
8040363e:	d4050513          	add	a0,a0,-704
80403642:	862e                	mv	a2,a1
80403644:	85a6                	mv	a1,s1
80403646:	4f6010ef          	jal	80404b3c <blkfront_read>
8040364a:	ed11                	bnez	a0,80403666 <disk_read+0x4c>
8040364c:	40b2                	lw	ra,12(sp)
8040364e:	4422                	lw	s0,8(sp)
80403650:	4492                	lw	s1,4(sp)
80403652:	0141                	add	sp,sp,16
80403654:	8082                	ret
80403656:	80406537          	lui	a0,0x80406
8040365a:	8622                	mv	a2,s0
8040365c:	85a6                	mv	a1,s1
8040365e:	60050513          	add	a0,a0,1536 # 80406600 <names.0+0xd8>
80403662:	86ffe0ef          	jal	80401ed0 <panic>
80403666:	86aa                	mv	a3,a0
80403668:	80406537          	lui	a0,0x80406
8040366c:	8622                	mv	a2,s0
8040366e:	85a6                	mv	a1,s1
80403670:	62c50513          	add	a0,a0,1580 # 8040662c <names.0+0x104>
80403674:	85dfe0ef          	jal	80401ed0 <panic>

80403678 <disk_write>:
80403678:	1141                	add	sp,sp,-16
8040367a:	c422                	sw	s0,8(sp)
8040367c:	c226                	sw	s1,4(sp)
8040367e:	c606                	sw	ra,12(sp)
80403680:	842e                	mv	s0,a1
80403682:	84aa                	mv	s1,a0
80403684:	c985                	beqz	a1,804036b4 <disk_write+0x3c>
80403686:	80501537          	lui	a0,0x80501
8040368a:	d4050793          	add	a5,a0,-704 # 80500d40 <bf>
8040368e:	4fdc                	lw	a5,28(a5)
80403690:	0297e263          	bltu	a5,s1,804036b4 <disk_write+0x3c>
80403694:	8f85                	sub	a5,a5,s1
80403696:	00b7ef63          	bltu	a5,a1,804036b4 <disk_write+0x3c>
8040369a:	86b2                	mv	a3,a2
8040369c:	d4050513          	add	a0,a0,-704
804036a0:	862e                	mv	a2,a1
804036a2:	85a6                	mv	a1,s1
804036a4:	49e010ef          	jal	80404b42 <blkfront_write>
804036a8:	ed11                	bnez	a0,804036c4 <disk_write+0x4c>
804036aa:	40b2                	lw	ra,12(sp)
804036ac:	4422                	lw	s0,8(sp)
804036ae:	4492                	lw	s1,4(sp)
804036b0:	0141                	add	sp,sp,16
804036b2:	8082                	ret
804036b4:	80406537          	lui	a0,0x80406
804036b8:	8622                	mv	a2,s0
804036ba:	85a6                	mv	a1,s1
804036bc:	60050513          	add	a0,a0,1536 # 80406600 <names.0+0xd8>
804036c0:	811fe0ef          	jal	80401ed0 <panic>
804036c4:	86aa                	mv	a3,a0
804036c6:	80406537          	lui	a0,0x80406
804036ca:	8622                	mv	a2,s0
804036cc:	85a6                	mv	a1,s1
804036ce:	65850513          	add	a0,a0,1624 # 80406658 <names.0+0x130>
804036d2:	ffefe0ef          	jal	80401ed0 <panic>

804036d6 <disk_flush>:
804036d6:	80501537          	lui	a0,0x80501
804036da:	1141                	add	sp,sp,-16
804036dc:	d4050513          	add	a0,a0,-704 # 80500d40 <bf>
804036e0:	c606                	sw	ra,12(sp)
804036e2:	468010ef          	jal	80404b4a <blkfront_flush>
804036e6:	e501                	bnez	a0,804036ee <disk_flush+0x18>
804036e8:	40b2                	lw	ra,12(sp)
804036ea:	0141                	add	sp,sp,16
804036ec:	8082                	ret
804036ee:	85aa                	mv	a1,a0
804036f0:	80406537          	lui	a0,0x80406
804036f4:	68450513          	add	a0,a0,1668 # 80406684 <names.0+0x15c>
804036f8:	fd8fe0ef          	jal	80401ed0 <panic>

804036fc <store_event>:
804036fc:	8082                	ret

804036fe <arch_power_off>:
804036fe:	1141                	add	sp,sp,-16
80403700:	c422                	sw	s0,8(sp)
80403702:	c606                	sw	ra,12(sp)
80403704:	842a                	mv	s0,a0
80403706:	2685                	jal	80403a66 <pv_console_drain>
80403708:	67c1                	lui	a5,0x10
8040370a:	00841593          	sll	a1,s0,0x8
8040370e:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80403710:	8dfd                	and	a1,a1,a5
80403712:	4509                	li	a0,2
80403714:	48f5                	li	a7,29
80403716:	00000073          	ecall
8040371a:	bfe5                	j	80403712 <arch_power_off+0x14>

8040371c <arch_crash>:
8040371c:	1141                	add	sp,sp,-16
8040371e:	c606                	sw	ra,12(sp)
80403720:	2699                	jal	80403a66 <pv_console_drain>
80403722:	4509                	li	a0,2
80403724:	10300593          	li	a1,259
80403728:	48f5                	li	a7,29
8040372a:	00000073          	ecall
8040372e:	bfd5                	j	80403722 <arch_crash+0x6>

80403730 <arch_genid>:
80403730:	49e0106f          	j	80404bce <pv_genid>

80403734 <pv_main>:
80403734:	51c8                	lw	a0,36(a1)
80403736:	7179                	add	sp,sp,-48
80403738:	d606                	sw	ra,44(sp)
8040373a:	d422                	sw	s0,40(sp)
8040373c:	d226                	sw	s1,36(sp)
8040373e:	842e                	mv	s0,a1
80403740:	d04a                	sw	s2,32(sp)
80403742:	ce4e                	sw	s3,28(sp)
80403744:	804064b7          	lui	s1,0x80406
80403748:	4ac010ef          	jal	80404bf4 <evtchn_init>
8040374c:	679000ef          	jal	804045c4 <pv_trap_init>
80403750:	4661                	li	a2,24
80403752:	6a448593          	add	a1,s1,1700 # 804066a4 <names.0+0x17c>
80403756:	8522                	mv	a0,s0
80403758:	f8bfe0ef          	jal	804026e2 <memcmp>
8040375c:	16051d63          	bnez	a0,804038d6 <pv_main+0x1a2>
80403760:	4581                	li	a1,0
80403762:	48c5                	li	a7,17
80403764:	00000073          	ecall
80403768:	4785                	li	a5,1
8040376a:	01055713          	srl	a4,a0,0x10
8040376e:	14f71c63          	bne	a4,a5,804038c6 <pv_main+0x192>
80403772:	4519                	li	a0,6
80403774:	00000073          	ecall
80403778:	479d                	li	a5,7
8040377a:	00757713          	and	a4,a0,7
8040377e:	16f71463          	bne	a4,a5,804038e6 <pv_main+0x1b2>
80403782:	4034                	lw	a3,64(s0)
80403784:	5c50                	lw	a2,60(s0)
80403786:	80400737          	lui	a4,0x80400
8040378a:	00c69593          	sll	a1,a3,0xc
8040378e:	805067b7          	lui	a5,0x80506
80403792:	00070713          	mv	a4,a4
80403796:	80400537          	lui	a0,0x80400
8040379a:	00078793          	mv	a5,a5
8040379e:	95b2                	add	a1,a1,a2
804037a0:	10a71d63          	bne	a4,a0,804038ba <pv_main+0x186>
804037a4:	10f46b63          	bltu	s0,a5,804038ba <pv_main+0x186>
804037a8:	443c                	lw	a5,72(s0)
804037aa:	00080737          	lui	a4,0x80
804037ae:	10e79663          	bne	a5,a4,804038ba <pv_main+0x186>
804037b2:	5004                	lw	s1,32(s0)
804037b4:	00070737          	lui	a4,0x70
804037b8:	10976163          	bltu	a4,s1,804038ba <pv_main+0x186>
804037bc:	0e866f63          	bltu	a2,s0,804038ba <pv_main+0x186>
804037c0:	0e068d63          	beqz	a3,804038ba <pv_main+0x186>
804037c4:	94be                	add	s1,s1,a5
804037c6:	04b2                	sll	s1,s1,0xc
804037c8:	0eb4e963          	bltu	s1,a1,804038ba <pv_main+0x186>
804037cc:	8522                	mv	a0,s0
804037ce:	2375                	jal	80403d7a <pv_mmu_init>
804037d0:	892a                	mv	s2,a0
804037d2:	0c957063          	bgeu	a0,s1,80403892 <pv_main+0x15e>
804037d6:	804005b7          	lui	a1,0x80400
804037da:	80000537          	lui	a0,0x80000
804037de:	8eafe0ef          	jal	804018c8 <kinit>
804037e2:	85a6                	mv	a1,s1
804037e4:	854a                	mv	a0,s2
804037e6:	8e2fe0ef          	jal	804018c8 <kinit>
804037ea:	5848                	lw	a0,52(s0)
804037ec:	29b9                	jal	80403c4a <mfn_to_virt>
804037ee:	5c0c                	lw	a1,56(s0)
804037f0:	2abd                	jal	8040396e <pv_console_init>
804037f2:	5fb000ef          	jal	804045ec <pv_timer_init>
804037f6:	0068                	add	a0,sp,12
804037f8:	5d4010ef          	jal	80404dcc <gnttab_setup_frame>
804037fc:	0a054163          	bltz	a0,8040389e <pv_main+0x16a>
80403800:	45b2                	lw	a1,12(sp)
80403802:	4619                	li	a2,6
80403804:	f0000537          	lui	a0,0xf0000
80403808:	2541                	jal	80403e88 <pv_map_frame>
8040380a:	f0000537          	lui	a0,0xf0000
8040380e:	614010ef          	jal	80404e22 <gnttab_init>
80403812:	5448                	lw	a0,44(s0)
80403814:	80501937          	lui	s2,0x80501
80403818:	4481                	li	s1,0
8040381a:	2905                	jal	80403c4a <mfn_to_virt>
8040381c:	5810                	lw	a2,48(s0)
8040381e:	804056b7          	lui	a3,0x80405
80403822:	85aa                	mv	a1,a0
80403824:	db268693          	add	a3,a3,-590 # 80404db2 <pv_block>
80403828:	dc090513          	add	a0,s2,-576 # 80500dc0 <store>
8040382c:	276020ef          	jal	80405aa2 <xs_init>
80403830:	5808                	lw	a0,48(s0)
80403832:	804035b7          	lui	a1,0x80403
80403836:	4601                	li	a2,0
80403838:	6fc58593          	add	a1,a1,1788 # 804036fc <store_event>
8040383c:	3e4010ef          	jal	80404c20 <evtchn_bind>
80403840:	1ff00713          	li	a4,511
80403844:	00055663          	bgez	a0,80403850 <pv_main+0x11c>
80403848:	a095                	j	804038ac <pv_main+0x178>
8040384a:	0485                	add	s1,s1,1
8040384c:	00e48763          	beq	s1,a4,8040385a <pv_main+0x126>
80403850:	009407b3          	add	a5,s0,s1
80403854:	04c7c783          	lbu	a5,76(a5) # 8050604c <kernel_end+0x4c>
80403858:	fbed                	bnez	a5,8040384a <pv_main+0x116>
8040385a:	805019b7          	lui	s3,0x80501
8040385e:	04c40593          	add	a1,s0,76
80403862:	8626                	mv	a2,s1
80403864:	dd098513          	add	a0,s3,-560 # 80500dd0 <bootargs>
80403868:	e3ffe0ef          	jal	804026a6 <memcpy>
8040386c:	dd098793          	add	a5,s3,-560
80403870:	97a6                	add	a5,a5,s1
80403872:	dc090513          	add	a0,s2,-576
80403876:	00078023          	sb	zero,0(a5)
8040387a:	cd9ff0ef          	jal	80403552 <pv_disk_init>
8040387e:	842a                	mv	s0,a0
80403880:	dc090513          	add	a0,s2,-576
80403884:	3a5000ef          	jal	80404428 <pv_net_init>
80403888:	85a2                	mv	a1,s0
8040388a:	dd098513          	add	a0,s3,-560
8040388e:	8befe0ef          	jal	8040194c <kernel_run>
80403892:	80406537          	lui	a0,0x80406
80403896:	76850513          	add	a0,a0,1896 # 80406768 <names.0+0x240>
8040389a:	e36fe0ef          	jal	80401ed0 <panic>
8040389e:	85aa                	mv	a1,a0
804038a0:	80406537          	lui	a0,0x80406
804038a4:	78050513          	add	a0,a0,1920 # 80406780 <names.0+0x258>
804038a8:	e28fe0ef          	jal	80401ed0 <panic>
804038ac:	580c                	lw	a1,48(s0)
804038ae:	80406537          	lui	a0,0x80406
804038b2:	7a850513          	add	a0,a0,1960 # 804067a8 <names.0+0x280>
804038b6:	e1afe0ef          	jal	80401ed0 <panic>
804038ba:	80406537          	lui	a0,0x80406
804038be:	74450513          	add	a0,a0,1860 # 80406744 <names.0+0x21c>
804038c2:	e0efe0ef          	jal	80401ed0 <panic>
804038c6:	85aa                	mv	a1,a0
804038c8:	80406537          	lui	a0,0x80406
804038cc:	6641                	lui	a2,0x10
804038ce:	6e050513          	add	a0,a0,1760 # 804066e0 <names.0+0x1b8>
804038d2:	dfefe0ef          	jal	80401ed0 <panic>
804038d6:	80406537          	lui	a0,0x80406
804038da:	6a448593          	add	a1,s1,1700
804038de:	6bc50513          	add	a0,a0,1724 # 804066bc <names.0+0x194>
804038e2:	deefe0ef          	jal	80401ed0 <panic>
804038e6:	fff54593          	not	a1,a0
804038ea:	80406537          	lui	a0,0x80406
804038ee:	899d                	and	a1,a1,7
804038f0:	71850513          	add	a0,a0,1816 # 80406718 <names.0+0x1f0>
804038f4:	ddcfe0ef          	jal	80401ed0 <panic>

804038f8 <cons_rx>:
804038f8:	7139                	add	sp,sp,-64
804038fa:	d84a                	sw	s2,48(sp)
804038fc:	d64e                	sw	s3,44(sp)
804038fe:	de06                	sw	ra,60(sp)
80403900:	dc22                	sw	s0,56(sp)
80403902:	da26                	sw	s1,52(sp)
80403904:	927fc0ef          	jal	8040022a <console_room>
80403908:	80501937          	lui	s2,0x80501
8040390c:	02000993          	li	s3,32
80403910:	862a                	mv	a2,a0
80403912:	02a05b63          	blez	a0,80403948 <cons_rx+0x50>
80403916:	00a9f463          	bgeu	s3,a0,8040391e <cons_rx+0x26>
8040391a:	02000613          	li	a2,32
8040391e:	858a                	mv	a1,sp
80403920:	fd090513          	add	a0,s2,-48 # 80500fd0 <cons>
80403924:	5b7010ef          	jal	804056da <pvcons_read>
80403928:	c915                	beqz	a0,8040395c <cons_rx+0x64>
8040392a:	840a                	mv	s0,sp
8040392c:	00a104b3          	add	s1,sp,a0
80403930:	00044503          	lbu	a0,0(s0)
80403934:	0405                	add	s0,s0,1
80403936:	90ffc0ef          	jal	80400244 <console_input>
8040393a:	fe941be3          	bne	s0,s1,80403930 <cons_rx+0x38>
8040393e:	8edfc0ef          	jal	8040022a <console_room>
80403942:	862a                	mv	a2,a0
80403944:	fca049e3          	bgtz	a0,80403916 <cons_rx+0x1e>
80403948:	fd090513          	add	a0,s2,-48
8040394c:	573010ef          	jal	804056be <pvcons_input_pending>
80403950:	00a037b3          	snez	a5,a0
80403954:	80429737          	lui	a4,0x80429
80403958:	06f72423          	sw	a5,104(a4) # 80429068 <rx_paused>
8040395c:	50f2                	lw	ra,60(sp)
8040395e:	5462                	lw	s0,56(sp)
80403960:	54d2                	lw	s1,52(sp)
80403962:	5942                	lw	s2,48(sp)
80403964:	59b2                	lw	s3,44(sp)
80403966:	6121                	add	sp,sp,64
80403968:	8082                	ret

8040396a <cons_event>:
8040396a:	f8fff06f          	j	804038f8 <cons_rx>

8040396e <pv_console_init>:
8040396e:	1141                	add	sp,sp,-16
80403970:	c422                	sw	s0,8(sp)
80403972:	804056b7          	lui	a3,0x80405
80403976:	842e                	mv	s0,a1
80403978:	85aa                	mv	a1,a0
8040397a:	80501537          	lui	a0,0x80501
8040397e:	8622                	mv	a2,s0
80403980:	fd050513          	add	a0,a0,-48 # 80500fd0 <cons>
80403984:	db268693          	add	a3,a3,-590 # 80404db2 <pv_block>
80403988:	c606                	sw	ra,12(sp)
8040398a:	473010ef          	jal	804055fc <pvcons_init>
8040398e:	804045b7          	lui	a1,0x80404
80403992:	4601                	li	a2,0
80403994:	96a58593          	add	a1,a1,-1686 # 8040396a <cons_event>
80403998:	8522                	mv	a0,s0
8040399a:	286010ef          	jal	80404c20 <evtchn_bind>
8040399e:	00054b63          	bltz	a0,804039b4 <pv_console_init+0x46>
804039a2:	40b2                	lw	ra,12(sp)
804039a4:	4422                	lw	s0,8(sp)
804039a6:	804297b7          	lui	a5,0x80429
804039aa:	4705                	li	a4,1
804039ac:	06e7a823          	sw	a4,112(a5) # 80429070 <ready>
804039b0:	0141                	add	sp,sp,16
804039b2:	8082                	ret
804039b4:	80406537          	lui	a0,0x80406
804039b8:	85a2                	mv	a1,s0
804039ba:	7c450513          	add	a0,a0,1988 # 804067c4 <names.0+0x29c>
804039be:	d12fe0ef          	jal	80401ed0 <panic>

804039c2 <arch_console_putc>:
804039c2:	804297b7          	lui	a5,0x80429
804039c6:	0707a783          	lw	a5,112(a5) # 80429070 <ready>
804039ca:	1101                	add	sp,sp,-32
804039cc:	ce06                	sw	ra,28(sp)
804039ce:	cc22                	sw	s0,24(sp)
804039d0:	00a107a3          	sb	a0,15(sp)
804039d4:	cf85                	beqz	a5,80403a0c <arch_console_putc+0x4a>
804039d6:	80501437          	lui	s0,0x80501
804039da:	a029                	j	804039e4 <arch_console_putc+0x22>
804039dc:	49b010ef          	jal	80405676 <pvcons_notify>
804039e0:	3d2010ef          	jal	80404db2 <pv_block>
804039e4:	4605                	li	a2,1
804039e6:	00f10593          	add	a1,sp,15
804039ea:	fd040513          	add	a0,s0,-48 # 80500fd0 <cons>
804039ee:	417010ef          	jal	80405604 <pvcons_put>
804039f2:	87aa                	mv	a5,a0
804039f4:	fd040513          	add	a0,s0,-48
804039f8:	d3f5                	beqz	a5,804039dc <arch_console_putc+0x1a>
804039fa:	40f2                	lw	ra,28(sp)
804039fc:	4462                	lw	s0,24(sp)
804039fe:	804297b7          	lui	a5,0x80429
80403a02:	4705                	li	a4,1
80403a04:	06e7a623          	sw	a4,108(a5) # 8042906c <unflushed>
80403a08:	6105                	add	sp,sp,32
80403a0a:	8082                	ret
80403a0c:	4501                	li	a0,0
80403a0e:	4585                	li	a1,1
80403a10:	00f10613          	add	a2,sp,15
80403a14:	48c9                	li	a7,18
80403a16:	00000073          	ecall
80403a1a:	40f2                	lw	ra,28(sp)
80403a1c:	4462                	lw	s0,24(sp)
80403a1e:	6105                	add	sp,sp,32
80403a20:	8082                	ret

80403a22 <arch_console_flush>:
80403a22:	804297b7          	lui	a5,0x80429
80403a26:	0707a783          	lw	a5,112(a5) # 80429070 <ready>
80403a2a:	c791                	beqz	a5,80403a36 <arch_console_flush+0x14>
80403a2c:	804297b7          	lui	a5,0x80429
80403a30:	06c7a703          	lw	a4,108(a5) # 8042906c <unflushed>
80403a34:	e311                	bnez	a4,80403a38 <arch_console_flush+0x16>
80403a36:	8082                	ret
80403a38:	80501537          	lui	a0,0x80501
80403a3c:	fd050513          	add	a0,a0,-48 # 80500fd0 <cons>
80403a40:	0607a623          	sw	zero,108(a5)
80403a44:	4330106f          	j	80405676 <pvcons_notify>

80403a48 <arch_console_rx_resume>:
80403a48:	804297b7          	lui	a5,0x80429
80403a4c:	0707a783          	lw	a5,112(a5) # 80429070 <ready>
80403a50:	c791                	beqz	a5,80403a5c <arch_console_rx_resume+0x14>
80403a52:	804297b7          	lui	a5,0x80429
80403a56:	0687a703          	lw	a4,104(a5) # 80429068 <rx_paused>
80403a5a:	e311                	bnez	a4,80403a5e <arch_console_rx_resume+0x16>
80403a5c:	8082                	ret
80403a5e:	0607a423          	sw	zero,104(a5)
80403a62:	e97ff06f          	j	804038f8 <cons_rx>

80403a66 <pv_console_drain>:
80403a66:	804297b7          	lui	a5,0x80429
80403a6a:	0707a783          	lw	a5,112(a5) # 80429070 <ready>
80403a6e:	e391                	bnez	a5,80403a72 <pv_console_drain+0xc>
80403a70:	8082                	ret
80403a72:	80501537          	lui	a0,0x80501
80403a76:	804297b7          	lui	a5,0x80429
80403a7a:	fd050513          	add	a0,a0,-48 # 80500fd0 <cons>
80403a7e:	0607a623          	sw	zero,108(a5) # 8042906c <unflushed>
80403a82:	3fb0106f          	j	8040567c <pvcons_drain>

80403a86 <sift_down>:
80403a86:	00151793          	sll	a5,a0,0x1
80403a8a:	0785                	add	a5,a5,1
80403a8c:	08b7fa63          	bgeu	a5,a1,80403b20 <sift_down+0x9a>
80403a90:	80429737          	lui	a4,0x80429
80403a94:	08872283          	lw	t0,136(a4) # 80429088 <m2p>
80403a98:	00251693          	sll	a3,a0,0x2
80403a9c:	00d28733          	add	a4,t0,a3
80403aa0:	00072f83          	lw	t6,0(a4)
80403aa4:	80429737          	lui	a4,0x80429
80403aa8:	09072e03          	lw	t3,144(a4) # 80429090 <p2m>
80403aac:	002f9e93          	sll	t4,t6,0x2
80403ab0:	9ef2                	add	t4,t4,t3
80403ab2:	a82d                	j	80403aec <sift_down+0x66>
80403ab4:	00082f03          	lw	t5,0(a6)
80403ab8:	002f1313          	sll	t1,t5,0x2
80403abc:	9372                	add	t1,t1,t3
80403abe:	00032303          	lw	t1,0(t1)
80403ac2:	04667663          	bgeu	a2,t1,80403b0e <sift_down+0x88>
80403ac6:	8742                	mv	a4,a6
80403ac8:	000ea803          	lw	a6,0(t4)
80403acc:	00151793          	sll	a5,a0,0x1
80403ad0:	861a                	mv	a2,t1
80403ad2:	88fa                	mv	a7,t5
80403ad4:	0785                	add	a5,a5,1
80403ad6:	9696                	add	a3,a3,t0
80403ad8:	04c87463          	bgeu	a6,a2,80403b20 <sift_down+0x9a>
80403adc:	0116a023          	sw	a7,0(a3)
80403ae0:	01f72023          	sw	t6,0(a4)
80403ae4:	02b7fe63          	bgeu	a5,a1,80403b20 <sift_down+0x9a>
80403ae8:	00251693          	sll	a3,a0,0x2
80403aec:	00279713          	sll	a4,a5,0x2
80403af0:	9716                	add	a4,a4,t0
80403af2:	00072883          	lw	a7,0(a4)
80403af6:	0505                	add	a0,a0,1
80403af8:	00351613          	sll	a2,a0,0x3
80403afc:	00c28833          	add	a6,t0,a2
80403b00:	00289613          	sll	a2,a7,0x2
80403b04:	9672                	add	a2,a2,t3
80403b06:	0506                	sll	a0,a0,0x1
80403b08:	4210                	lw	a2,0(a2)
80403b0a:	fab565e3          	bltu	a0,a1,80403ab4 <sift_down+0x2e>
80403b0e:	000ea803          	lw	a6,0(t4)
80403b12:	853e                	mv	a0,a5
80403b14:	00151793          	sll	a5,a0,0x1
80403b18:	0785                	add	a5,a5,1
80403b1a:	9696                	add	a3,a3,t0
80403b1c:	fcc860e3          	bltu	a6,a2,80403adc <sift_down+0x56>
80403b20:	8082                	ret

80403b22 <flush>:
80403b22:	804297b7          	lui	a5,0x80429
80403b26:	0787a583          	lw	a1,120(a5) # 80429078 <unpinned>
80403b2a:	1101                	add	sp,sp,-32
80403b2c:	ce06                	sw	ra,28(sp)
80403b2e:	c185                	beqz	a1,80403b4e <flush+0x2c>
80403b30:	80501737          	lui	a4,0x80501
80403b34:	66a1                	lui	a3,0x8
80403b36:	c602                	sw	zero,12(sp)
80403b38:	0dc70513          	add	a0,a4,220 # 805010dc <unpins>
80403b3c:	0070                	add	a2,sp,12
80403b3e:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403b40:	48e9                	li	a7,26
80403b42:	00000073          	ecall
80403b46:	02054b63          	bltz	a0,80403b7c <flush+0x5a>
80403b4a:	0607ac23          	sw	zero,120(a5)
80403b4e:	804297b7          	lui	a5,0x80429
80403b52:	07c7a583          	lw	a1,124(a5) # 8042907c <batched>
80403b56:	c185                	beqz	a1,80403b76 <flush+0x54>
80403b58:	80502737          	lui	a4,0x80502
80403b5c:	66a1                	lui	a3,0x8
80403b5e:	c602                	sw	zero,12(sp)
80403b60:	0dc70513          	add	a0,a4,220 # 805020dc <batch>
80403b64:	0070                	add	a2,sp,12
80403b66:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403b68:	4885                	li	a7,1
80403b6a:	00000073          	ecall
80403b6e:	02054a63          	bltz	a0,80403ba2 <flush+0x80>
80403b72:	0607ae23          	sw	zero,124(a5)
80403b76:	40f2                	lw	ra,28(sp)
80403b78:	6105                	add	sp,sp,32
80403b7a:	8082                	ret
80403b7c:	4632                	lw	a2,12(sp)
80403b7e:	0787a683          	lw	a3,120(a5)
80403b82:	4581                	li	a1,0
80403b84:	00d67363          	bgeu	a2,a3,80403b8a <flush+0x68>
80403b88:	85b2                	mv	a1,a2
80403b8a:	0dc70793          	add	a5,a4,220
80403b8e:	058e                	sll	a1,a1,0x3
80403b90:	97ae                	add	a5,a5,a1
80403b92:	43d8                	lw	a4,4(a5)
80403b94:	85aa                	mv	a1,a0
80403b96:	80406537          	lui	a0,0x80406
80403b9a:	7ec50513          	add	a0,a0,2028 # 804067ec <names.0+0x2c4>
80403b9e:	b32fe0ef          	jal	80401ed0 <panic>
80403ba2:	07c7a683          	lw	a3,124(a5)
80403ba6:	4632                	lw	a2,12(sp)
80403ba8:	4781                	li	a5,0
80403baa:	00d67363          	bgeu	a2,a3,80403bb0 <flush+0x8e>
80403bae:	87b2                	mv	a5,a2
80403bb0:	078e                	sll	a5,a5,0x3
80403bb2:	0dc70713          	add	a4,a4,220
80403bb6:	973e                	add	a4,a4,a5
80403bb8:	435c                	lw	a5,4(a4)
80403bba:	4318                	lw	a4,0(a4)
80403bbc:	85aa                	mv	a1,a0
80403bbe:	80407537          	lui	a0,0x80407
80403bc2:	82050513          	add	a0,a0,-2016 # 80406820 <names.0+0x2f8>
80403bc6:	b0afe0ef          	jal	80401ed0 <panic>

80403bca <mmuext>:
80403bca:	1101                	add	sp,sp,-32
80403bcc:	cc22                	sw	s0,24(sp)
80403bce:	ca26                	sw	s1,20(sp)
80403bd0:	842a                	mv	s0,a0
80403bd2:	84ae                	mv	s1,a1
80403bd4:	c42a                	sw	a0,8(sp)
80403bd6:	c62e                	sw	a1,12(sp)
80403bd8:	ce06                	sw	ra,28(sp)
80403bda:	c202                	sw	zero,4(sp)
80403bdc:	f47ff0ef          	jal	80403b22 <flush>
80403be0:	66a1                	lui	a3,0x8
80403be2:	0028                	add	a0,sp,8
80403be4:	4585                	li	a1,1
80403be6:	0050                	add	a2,sp,4
80403be8:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403bea:	48e9                	li	a7,26
80403bec:	00000073          	ecall
80403bf0:	00054763          	bltz	a0,80403bfe <mmuext+0x34>
80403bf4:	40f2                	lw	ra,28(sp)
80403bf6:	4462                	lw	s0,24(sp)
80403bf8:	44d2                	lw	s1,20(sp)
80403bfa:	6105                	add	sp,sp,32
80403bfc:	8082                	ret
80403bfe:	86aa                	mv	a3,a0
80403c00:	80407537          	lui	a0,0x80407
80403c04:	8626                	mv	a2,s1
80403c06:	85a2                	mv	a1,s0
80403c08:	86050513          	add	a0,a0,-1952 # 80406860 <names.0+0x338>
80403c0c:	ac4fe0ef          	jal	80401ed0 <panic>

80403c10 <virt_to_mfn>:
80403c10:	800007b7          	lui	a5,0x80000
80403c14:	97aa                	add	a5,a5,a0
80403c16:	02055163          	bgez	a0,80403c38 <virt_to_mfn+0x28>
80403c1a:	80429737          	lui	a4,0x80429
80403c1e:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
80403c22:	83b1                	srl	a5,a5,0xc
80403c24:	00e7fa63          	bgeu	a5,a4,80403c38 <virt_to_mfn+0x28>
80403c28:	80429737          	lui	a4,0x80429
80403c2c:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
80403c30:	078a                	sll	a5,a5,0x2
80403c32:	97ba                	add	a5,a5,a4
80403c34:	4388                	lw	a0,0(a5)
80403c36:	8082                	ret
80403c38:	85aa                	mv	a1,a0
80403c3a:	80407537          	lui	a0,0x80407
80403c3e:	1141                	add	sp,sp,-16
80403c40:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80403c44:	c606                	sw	ra,12(sp)
80403c46:	a8afe0ef          	jal	80401ed0 <panic>

80403c4a <mfn_to_virt>:
80403c4a:	804297b7          	lui	a5,0x80429
80403c4e:	08c7a883          	lw	a7,140(a5) # 8042908c <nr_pages>
80403c52:	804297b7          	lui	a5,0x80429
80403c56:	0907a583          	lw	a1,144(a5) # 80429090 <p2m>
80403c5a:	804297b7          	lui	a5,0x80429
80403c5e:	0887a803          	lw	a6,136(a5) # 80429088 <m2p>
80403c62:	8646                	mv	a2,a7
80403c64:	4681                	li	a3,0
80403c66:	02c6f263          	bgeu	a3,a2,80403c8a <mfn_to_virt+0x40>
80403c6a:	40d607b3          	sub	a5,a2,a3
80403c6e:	8385                	srl	a5,a5,0x1
80403c70:	97b6                	add	a5,a5,a3
80403c72:	00279713          	sll	a4,a5,0x2
80403c76:	9742                	add	a4,a4,a6
80403c78:	4318                	lw	a4,0(a4)
80403c7a:	070a                	sll	a4,a4,0x2
80403c7c:	972e                	add	a4,a4,a1
80403c7e:	4318                	lw	a4,0(a4)
80403c80:	02a76663          	bltu	a4,a0,80403cac <mfn_to_virt+0x62>
80403c84:	863e                	mv	a2,a5
80403c86:	fec6e2e3          	bltu	a3,a2,80403c6a <mfn_to_virt+0x20>
80403c8a:	03168463          	beq	a3,a7,80403cb2 <mfn_to_virt+0x68>
80403c8e:	068a                	sll	a3,a3,0x2
80403c90:	9836                	add	a6,a6,a3
80403c92:	00082783          	lw	a5,0(a6)
80403c96:	00279713          	sll	a4,a5,0x2
80403c9a:	95ba                	add	a1,a1,a4
80403c9c:	4198                	lw	a4,0(a1)
80403c9e:	00a71a63          	bne	a4,a0,80403cb2 <mfn_to_virt+0x68>
80403ca2:	07b2                	sll	a5,a5,0xc
80403ca4:	80000537          	lui	a0,0x80000
80403ca8:	953e                	add	a0,a0,a5
80403caa:	8082                	ret
80403cac:	00178693          	add	a3,a5,1
80403cb0:	bf5d                	j	80403c66 <mfn_to_virt+0x1c>
80403cb2:	85aa                	mv	a1,a0
80403cb4:	80407537          	lui	a0,0x80407
80403cb8:	1141                	add	sp,sp,-16
80403cba:	8a450513          	add	a0,a0,-1884 # 804068a4 <names.0+0x37c>
80403cbe:	c606                	sw	ra,12(sp)
80403cc0:	a10fe0ef          	jal	80401ed0 <panic>

80403cc4 <kmap_set_writable>:
80403cc4:	804297b7          	lui	a5,0x80429
80403cc8:	0847a783          	lw	a5,132(a5) # 80429084 <boot_root>
80403ccc:	01655713          	srl	a4,a0,0x16
80403cd0:	070a                	sll	a4,a4,0x2
80403cd2:	1101                	add	sp,sp,-32
80403cd4:	97ba                	add	a5,a5,a4
80403cd6:	cc22                	sw	s0,24(sp)
80403cd8:	842a                	mv	s0,a0
80403cda:	4388                	lw	a0,0(a5)
80403cdc:	ce06                	sw	ra,28(sp)
80403cde:	ca26                	sw	s1,20(sp)
80403ce0:	c84a                	sw	s2,16(sp)
80403ce2:	c64e                	sw	s3,12(sp)
80403ce4:	4785                	li	a5,1
80403ce6:	00f57713          	and	a4,a0,15
80403cea:	08f71163          	bne	a4,a5,80403d6c <kmap_set_writable+0xa8>
80403cee:	00a55493          	srl	s1,a0,0xa
80403cf2:	8031                	srl	s0,s0,0xc
80403cf4:	8526                	mv	a0,s1
80403cf6:	3ff47413          	and	s0,s0,1023
80403cfa:	892e                	mv	s2,a1
80403cfc:	040a                	sll	s0,s0,0x2
80403cfe:	f4dff0ef          	jal	80403c4a <mfn_to_virt>
80403d02:	9522                	add	a0,a0,s0
80403d04:	411c                	lw	a5,0(a0)
80403d06:	ffb7f993          	and	s3,a5,-5
80403d0a:	04091063          	bnez	s2,80403d4a <kmap_set_writable+0x86>
80403d0e:	80429937          	lui	s2,0x80429
80403d12:	07c92703          	lw	a4,124(s2) # 8042907c <batched>
80403d16:	04b2                	sll	s1,s1,0xc
80403d18:	20000793          	li	a5,512
80403d1c:	8cc1                	or	s1,s1,s0
80403d1e:	04f70263          	beq	a4,a5,80403d62 <kmap_set_writable+0x9e>
80403d22:	805027b7          	lui	a5,0x80502
80403d26:	40f2                	lw	ra,28(sp)
80403d28:	4462                	lw	s0,24(sp)
80403d2a:	00371693          	sll	a3,a4,0x3
80403d2e:	0dc78793          	add	a5,a5,220 # 805020dc <batch>
80403d32:	97b6                	add	a5,a5,a3
80403d34:	0705                	add	a4,a4,1
80403d36:	c384                	sw	s1,0(a5)
80403d38:	0137a223          	sw	s3,4(a5)
80403d3c:	06e92e23          	sw	a4,124(s2)
80403d40:	44d2                	lw	s1,20(sp)
80403d42:	4942                	lw	s2,16(sp)
80403d44:	49b2                	lw	s3,12(sp)
80403d46:	6105                	add	sp,sp,32
80403d48:	8082                	ret
80403d4a:	80429937          	lui	s2,0x80429
80403d4e:	07c92703          	lw	a4,124(s2) # 8042907c <batched>
80403d52:	0047e993          	or	s3,a5,4
80403d56:	04b2                	sll	s1,s1,0xc
80403d58:	20000793          	li	a5,512
80403d5c:	8cc1                	or	s1,s1,s0
80403d5e:	fcf712e3          	bne	a4,a5,80403d22 <kmap_set_writable+0x5e>
80403d62:	dc1ff0ef          	jal	80403b22 <flush>
80403d66:	07c92703          	lw	a4,124(s2)
80403d6a:	bf65                	j	80403d22 <kmap_set_writable+0x5e>
80403d6c:	80407537          	lui	a0,0x80407
80403d70:	85a2                	mv	a1,s0
80403d72:	8d450513          	add	a0,a0,-1836 # 804068d4 <names.0+0x3ac>
80403d76:	95afe0ef          	jal	80401ed0 <panic>

80403d7a <pv_mmu_init>:
80403d7a:	7179                	add	sp,sp,-48
80403d7c:	d226                	sw	s1,36(sp)
80403d7e:	4164                	lw	s1,68(a0)
80403d80:	d04a                	sw	s2,32(sp)
80403d82:	02052903          	lw	s2,32(a0)
80403d86:	804297b7          	lui	a5,0x80429
80403d8a:	5d58                	lw	a4,60(a0)
80403d8c:	0897a823          	sw	s1,144(a5) # 80429090 <p2m>
80403d90:	804297b7          	lui	a5,0x80429
80403d94:	0927a623          	sw	s2,140(a5) # 8042908c <nr_pages>
80403d98:	804297b7          	lui	a5,0x80429
80403d9c:	08e7a223          	sw	a4,132(a5) # 80429084 <boot_root>
80403da0:	804297b7          	lui	a5,0x80429
80403da4:	cc52                	sw	s4,24(sp)
80403da6:	d606                	sw	ra,44(sp)
80403da8:	d422                	sw	s0,40(sp)
80403daa:	ce4e                	sw	s3,28(sp)
80403dac:	ca56                	sw	s5,20(sp)
80403dae:	c85a                	sw	s6,16(sp)
80403db0:	c65e                	sw	s7,12(sp)
80403db2:	08b7a423          	sw	a1,136(a5) # 80429088 <m2p>
80403db6:	8a2e                	mv	s4,a1
80403db8:	08090f63          	beqz	s2,80403e56 <pv_mmu_init+0xdc>
80403dbc:	0591                	add	a1,a1,4
80403dbe:	ffc48713          	add	a4,s1,-4
80403dc2:	4605                	li	a2,1
80403dc4:	4781                	li	a5,0
80403dc6:	40958533          	sub	a0,a1,s1
80403dca:	00e506b3          	add	a3,a0,a4
80403dce:	c29c                	sw	a5,0(a3)
80403dd0:	842e                	mv	s0,a1
80403dd2:	c799                	beqz	a5,80403de0 <pv_mmu_init+0x66>
80403dd4:	4314                	lw	a3,0(a4)
80403dd6:	00472803          	lw	a6,4(a4)
80403dda:	0106b6b3          	sltu	a3,a3,a6
80403dde:	8e75                	and	a2,a2,a3
80403de0:	0785                	add	a5,a5,1
80403de2:	0711                	add	a4,a4,4
80403de4:	fef913e3          	bne	s2,a5,80403dca <pv_mmu_init+0x50>
80403de8:	e63d                	bnez	a2,80403e56 <pv_mmu_init+0xdc>
80403dea:	00195993          	srl	s3,s2,0x1
80403dee:	06098463          	beqz	s3,80403e56 <pv_mmu_init+0xdc>
80403df2:	19fd                	add	s3,s3,-1
80403df4:	85ca                	mv	a1,s2
80403df6:	854e                	mv	a0,s3
80403df8:	c8fff0ef          	jal	80403a86 <sift_down>
80403dfc:	fe099be3          	bnez	s3,80403df2 <pv_mmu_init+0x78>
80403e00:	00291b13          	sll	s6,s2,0x2
80403e04:	1b71                	add	s6,s6,-4 # bfffffc <_entry-0x74400004>
80403e06:	016a0ab3          	add	s5,s4,s6
80403e0a:	89ca                	mv	s3,s2
80403e0c:	4b85                	li	s7,1
80403e0e:	000aa703          	lw	a4,0(s5) # 1000 <_entry-0x803ff000>
80403e12:	000a2783          	lw	a5,0(s4)
80403e16:	19fd                	add	s3,s3,-1
80403e18:	00ea2023          	sw	a4,0(s4)
80403e1c:	00faa023          	sw	a5,0(s5)
80403e20:	85ce                	mv	a1,s3
80403e22:	4501                	li	a0,0
80403e24:	c63ff0ef          	jal	80403a86 <sift_down>
80403e28:	1af1                	add	s5,s5,-4
80403e2a:	ff7992e3          	bne	s3,s7,80403e0e <pv_mmu_init+0x94>
80403e2e:	000a2703          	lw	a4,0(s4)
80403e32:	004b0613          	add	a2,s6,4
80403e36:	9652                	add	a2,a2,s4
80403e38:	00271793          	sll	a5,a4,0x2
80403e3c:	4018                	lw	a4,0(s0)
80403e3e:	97a6                	add	a5,a5,s1
80403e40:	438c                	lw	a1,0(a5)
80403e42:	00271793          	sll	a5,a4,0x2
80403e46:	00f48733          	add	a4,s1,a5
80403e4a:	4318                	lw	a4,0(a4)
80403e4c:	02e58863          	beq	a1,a4,80403e7c <pv_mmu_init+0x102>
80403e50:	0411                	add	s0,s0,4
80403e52:	fe8615e3          	bne	a2,s0,80403e3c <pv_mmu_init+0xc2>
80403e56:	6785                	lui	a5,0x1
80403e58:	50b2                	lw	ra,44(sp)
80403e5a:	5422                	lw	s0,40(sp)
80403e5c:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80403e5e:	97d2                	add	a5,a5,s4
80403e60:	00291513          	sll	a0,s2,0x2
80403e64:	953e                	add	a0,a0,a5
80403e66:	77fd                	lui	a5,0xfffff
80403e68:	5492                	lw	s1,36(sp)
80403e6a:	5902                	lw	s2,32(sp)
80403e6c:	49f2                	lw	s3,28(sp)
80403e6e:	4a62                	lw	s4,24(sp)
80403e70:	4ad2                	lw	s5,20(sp)
80403e72:	4b42                	lw	s6,16(sp)
80403e74:	4bb2                	lw	s7,12(sp)
80403e76:	8d7d                	and	a0,a0,a5
80403e78:	6145                	add	sp,sp,48
80403e7a:	8082                	ret
80403e7c:	80407537          	lui	a0,0x80407
80403e80:	8fc50513          	add	a0,a0,-1796 # 804068fc <names.0+0x3d4>
80403e84:	84cfe0ef          	jal	80401ed0 <panic>

80403e88 <pv_map_frame>:
80403e88:	7179                	add	sp,sp,-48
80403e8a:	c85a                	sw	s6,16(sp)
80403e8c:	80429b37          	lui	s6,0x80429
80403e90:	084b2783          	lw	a5,132(s6) # 80429084 <boot_root>
80403e94:	d04a                	sw	s2,32(sp)
80403e96:	01655913          	srl	s2,a0,0x16
80403e9a:	090a                	sll	s2,s2,0x2
80403e9c:	97ca                	add	a5,a5,s2
80403e9e:	439c                	lw	a5,0(a5)
80403ea0:	d422                	sw	s0,40(sp)
80403ea2:	d226                	sw	s1,36(sp)
80403ea4:	ce4e                	sw	s3,28(sp)
80403ea6:	d606                	sw	ra,44(sp)
80403ea8:	cc52                	sw	s4,24(sp)
80403eaa:	ca56                	sw	s5,20(sp)
80403eac:	c65e                	sw	s7,12(sp)
80403eae:	c462                	sw	s8,8(sp)
80403eb0:	0017f713          	and	a4,a5,1
80403eb4:	842a                	mv	s0,a0
80403eb6:	84ae                	mv	s1,a1
80403eb8:	89b2                	mv	s3,a2
80403eba:	c33d                	beqz	a4,80403f20 <pv_map_frame+0x98>
80403ebc:	00f7f713          	and	a4,a5,15
80403ec0:	4685                	li	a3,1
80403ec2:	12d71063          	bne	a4,a3,80403fe2 <pv_map_frame+0x15a>
80403ec6:	80429a37          	lui	s4,0x80429
80403eca:	8031                	srl	s0,s0,0xc
80403ecc:	07ca2703          	lw	a4,124(s4) # 8042907c <batched>
80403ed0:	3ff47413          	and	s0,s0,1023
80403ed4:	83a9                	srl	a5,a5,0xa
80403ed6:	04aa                	sll	s1,s1,0xa
80403ed8:	040a                	sll	s0,s0,0x2
80403eda:	07b2                	sll	a5,a5,0xc
80403edc:	0134e4b3          	or	s1,s1,s3
80403ee0:	20000693          	li	a3,512
80403ee4:	8c5d                	or	s0,s0,a5
80403ee6:	0d14e493          	or	s1,s1,209
80403eea:	0cd70c63          	beq	a4,a3,80403fc2 <pv_map_frame+0x13a>
80403eee:	805027b7          	lui	a5,0x80502
80403ef2:	00371693          	sll	a3,a4,0x3
80403ef6:	0dc78793          	add	a5,a5,220 # 805020dc <batch>
80403efa:	97b6                	add	a5,a5,a3
80403efc:	c380                	sw	s0,0(a5)
80403efe:	0705                	add	a4,a4,1
80403f00:	5422                	lw	s0,40(sp)
80403f02:	50b2                	lw	ra,44(sp)
80403f04:	5902                	lw	s2,32(sp)
80403f06:	49f2                	lw	s3,28(sp)
80403f08:	4ad2                	lw	s5,20(sp)
80403f0a:	4b42                	lw	s6,16(sp)
80403f0c:	4bb2                	lw	s7,12(sp)
80403f0e:	4c22                	lw	s8,8(sp)
80403f10:	c3c4                	sw	s1,4(a5)
80403f12:	06ea2e23          	sw	a4,124(s4)
80403f16:	5492                	lw	s1,36(sp)
80403f18:	4a62                	lw	s4,24(sp)
80403f1a:	6145                	add	sp,sp,48
80403f1c:	c07ff06f          	j	80403b22 <flush>
80403f20:	913fd0ef          	jal	80401832 <kalloc>
80403f24:	8baa                	mv	s7,a0
80403f26:	c945                	beqz	a0,80403fd6 <pv_map_frame+0x14e>
80403f28:	80000a37          	lui	s4,0x80000
80403f2c:	4581                	li	a1,0
80403f2e:	014b8ab3          	add	s5,s7,s4
80403f32:	d93ff0ef          	jal	80403cc4 <kmap_set_writable>
80403f36:	00cada93          	srl	s5,s5,0xc
80403f3a:	0c0bd263          	bgez	s7,80403ffe <pv_map_frame+0x176>
80403f3e:	804297b7          	lui	a5,0x80429
80403f42:	08c7ac03          	lw	s8,140(a5) # 8042908c <nr_pages>
80403f46:	0b8afc63          	bgeu	s5,s8,80403ffe <pv_map_frame+0x176>
80403f4a:	804297b7          	lui	a5,0x80429
80403f4e:	0907ab83          	lw	s7,144(a5) # 80429090 <p2m>
80403f52:	0a8a                	sll	s5,s5,0x2
80403f54:	4501                	li	a0,0
80403f56:	9ade                	add	s5,s5,s7
80403f58:	000aa583          	lw	a1,0(s5)
80403f5c:	c6fff0ef          	jal	80403bca <mmuext>
80403f60:	084b2b03          	lw	s6,132(s6)
80403f64:	014b07b3          	add	a5,s6,s4
80403f68:	83b1                	srl	a5,a5,0xc
80403f6a:	080b5363          	bgez	s6,80403ff0 <pv_map_frame+0x168>
80403f6e:	0987f163          	bgeu	a5,s8,80403ff0 <pv_map_frame+0x168>
80403f72:	078a                	sll	a5,a5,0x2
80403f74:	9bbe                	add	s7,s7,a5
80403f76:	000bab83          	lw	s7,0(s7)
80403f7a:	000aaa83          	lw	s5,0(s5)
80403f7e:	80429a37          	lui	s4,0x80429
80403f82:	07ca2703          	lw	a4,124(s4) # 8042907c <batched>
80403f86:	0bb2                	sll	s7,s7,0xc
80403f88:	0aaa                	sll	s5,s5,0xa
80403f8a:	20000793          	li	a5,512
80403f8e:	012bebb3          	or	s7,s7,s2
80403f92:	001aea93          	or	s5,s5,1
80403f96:	02f70b63          	beq	a4,a5,80403fcc <pv_map_frame+0x144>
80403f9a:	805027b7          	lui	a5,0x80502
80403f9e:	00371693          	sll	a3,a4,0x3
80403fa2:	0dc78793          	add	a5,a5,220 # 805020dc <batch>
80403fa6:	97b6                	add	a5,a5,a3
80403fa8:	0705                	add	a4,a4,1
80403faa:	0177a023          	sw	s7,0(a5)
80403fae:	0157a223          	sw	s5,4(a5)
80403fb2:	06ea2e23          	sw	a4,124(s4)
80403fb6:	9b4a                	add	s6,s6,s2
80403fb8:	b6bff0ef          	jal	80403b22 <flush>
80403fbc:	000b2783          	lw	a5,0(s6)
80403fc0:	bdf5                	j	80403ebc <pv_map_frame+0x34>
80403fc2:	b61ff0ef          	jal	80403b22 <flush>
80403fc6:	07ca2703          	lw	a4,124(s4)
80403fca:	b715                	j	80403eee <pv_map_frame+0x66>
80403fcc:	b57ff0ef          	jal	80403b22 <flush>
80403fd0:	07ca2703          	lw	a4,124(s4)
80403fd4:	b7d9                	j	80403f9a <pv_map_frame+0x112>
80403fd6:	80407537          	lui	a0,0x80407
80403fda:	93050513          	add	a0,a0,-1744 # 80406930 <names.0+0x408>
80403fde:	ef3fd0ef          	jal	80401ed0 <panic>
80403fe2:	80407537          	lui	a0,0x80407
80403fe6:	85a2                	mv	a1,s0
80403fe8:	8d450513          	add	a0,a0,-1836 # 804068d4 <names.0+0x3ac>
80403fec:	ee5fd0ef          	jal	80401ed0 <panic>
80403ff0:	80407537          	lui	a0,0x80407
80403ff4:	85da                	mv	a1,s6
80403ff6:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80403ffa:	ed7fd0ef          	jal	80401ed0 <panic>
80403ffe:	80407537          	lui	a0,0x80407
80404002:	85de                	mv	a1,s7
80404004:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80404008:	ec9fd0ef          	jal	80401ed0 <panic>

8040400c <vm_switch>:
8040400c:	1141                	add	sp,sp,-16
8040400e:	c226                	sw	s1,4(sp)
80404010:	804294b7          	lui	s1,0x80429
80404014:	0804a783          	lw	a5,128(s1) # 80429080 <active_user>
80404018:	c606                	sw	ra,12(sp)
8040401a:	c422                	sw	s0,8(sp)
8040401c:	02a78b63          	beq	a5,a0,80404052 <vm_switch+0x46>
80404020:	800007b7          	lui	a5,0x80000
80404024:	97aa                	add	a5,a5,a0
80404026:	842a                	mv	s0,a0
80404028:	83b1                	srl	a5,a5,0xc
8040402a:	02055963          	bgez	a0,8040405c <vm_switch+0x50>
8040402e:	80429737          	lui	a4,0x80429
80404032:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
80404036:	02e7f363          	bgeu	a5,a4,8040405c <vm_switch+0x50>
8040403a:	80429737          	lui	a4,0x80429
8040403e:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
80404042:	078a                	sll	a5,a5,0x2
80404044:	453d                	li	a0,15
80404046:	97ba                	add	a5,a5,a4
80404048:	438c                	lw	a1,0(a5)
8040404a:	b81ff0ef          	jal	80403bca <mmuext>
8040404e:	0884a023          	sw	s0,128(s1)
80404052:	40b2                	lw	ra,12(sp)
80404054:	4422                	lw	s0,8(sp)
80404056:	4492                	lw	s1,4(sp)
80404058:	0141                	add	sp,sp,16
8040405a:	8082                	ret
8040405c:	80407537          	lui	a0,0x80407
80404060:	85a2                	mv	a1,s0
80404062:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80404066:	e6bfd0ef          	jal	80401ed0 <panic>

8040406a <uvm_create>:
8040406a:	1141                	add	sp,sp,-16
8040406c:	c422                	sw	s0,8(sp)
8040406e:	c606                	sw	ra,12(sp)
80404070:	fc2fd0ef          	jal	80401832 <kalloc>
80404074:	842a                	mv	s0,a0
80404076:	c915                	beqz	a0,804040aa <uvm_create+0x40>
80404078:	4581                	li	a1,0
8040407a:	c4bff0ef          	jal	80403cc4 <kmap_set_writable>
8040407e:	800007b7          	lui	a5,0x80000
80404082:	97a2                	add	a5,a5,s0
80404084:	83b1                	srl	a5,a5,0xc
80404086:	02045763          	bgez	s0,804040b4 <uvm_create+0x4a>
8040408a:	80429737          	lui	a4,0x80429
8040408e:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
80404092:	02e7f163          	bgeu	a5,a4,804040b4 <uvm_create+0x4a>
80404096:	80429737          	lui	a4,0x80429
8040409a:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
8040409e:	078a                	sll	a5,a5,0x2
804040a0:	4505                	li	a0,1
804040a2:	97ba                	add	a5,a5,a4
804040a4:	438c                	lw	a1,0(a5)
804040a6:	b25ff0ef          	jal	80403bca <mmuext>
804040aa:	40b2                	lw	ra,12(sp)
804040ac:	8522                	mv	a0,s0
804040ae:	4422                	lw	s0,8(sp)
804040b0:	0141                	add	sp,sp,16
804040b2:	8082                	ret
804040b4:	80407537          	lui	a0,0x80407
804040b8:	85a2                	mv	a1,s0
804040ba:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
804040be:	e13fd0ef          	jal	80401ed0 <panic>

804040c2 <arch_pt_alloc>:
804040c2:	1141                	add	sp,sp,-16
804040c4:	c422                	sw	s0,8(sp)
804040c6:	c606                	sw	ra,12(sp)
804040c8:	f6afd0ef          	jal	80401832 <kalloc>
804040cc:	842a                	mv	s0,a0
804040ce:	c915                	beqz	a0,80404102 <arch_pt_alloc+0x40>
804040d0:	4581                	li	a1,0
804040d2:	bf3ff0ef          	jal	80403cc4 <kmap_set_writable>
804040d6:	800007b7          	lui	a5,0x80000
804040da:	97a2                	add	a5,a5,s0
804040dc:	83b1                	srl	a5,a5,0xc
804040de:	02045763          	bgez	s0,8040410c <arch_pt_alloc+0x4a>
804040e2:	80429737          	lui	a4,0x80429
804040e6:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
804040ea:	02e7f163          	bgeu	a5,a4,8040410c <arch_pt_alloc+0x4a>
804040ee:	80429737          	lui	a4,0x80429
804040f2:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
804040f6:	078a                	sll	a5,a5,0x2
804040f8:	4501                	li	a0,0
804040fa:	97ba                	add	a5,a5,a4
804040fc:	438c                	lw	a1,0(a5)
804040fe:	acdff0ef          	jal	80403bca <mmuext>
80404102:	40b2                	lw	ra,12(sp)
80404104:	8522                	mv	a0,s0
80404106:	4422                	lw	s0,8(sp)
80404108:	0141                	add	sp,sp,16
8040410a:	8082                	ret
8040410c:	80407537          	lui	a0,0x80407
80404110:	85a2                	mv	a1,s0
80404112:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80404116:	dbbfd0ef          	jal	80401ed0 <panic>

8040411a <arch_pt_unpin>:
8040411a:	804297b7          	lui	a5,0x80429
8040411e:	0807a783          	lw	a5,128(a5) # 80429080 <active_user>
80404122:	1101                	add	sp,sp,-32
80404124:	ce06                	sw	ra,28(sp)
80404126:	08a78663          	beq	a5,a0,804041b2 <arch_pt_unpin+0x98>
8040412a:	80429337          	lui	t1,0x80429
8040412e:	07832683          	lw	a3,120(t1) # 80429078 <unpinned>
80404132:	20000793          	li	a5,512
80404136:	882a                	mv	a6,a0
80404138:	80501737          	lui	a4,0x80501
8040413c:	04f68363          	beq	a3,a5,80404182 <arch_pt_unpin+0x68>
80404140:	00369793          	sll	a5,a3,0x3
80404144:	0dc70713          	add	a4,a4,220 # 805010dc <unpins>
80404148:	973e                	add	a4,a4,a5
8040414a:	4611                	li	a2,4
8040414c:	800007b7          	lui	a5,0x80000
80404150:	97c2                	add	a5,a5,a6
80404152:	c310                	sw	a2,0(a4)
80404154:	83b1                	srl	a5,a5,0xc
80404156:	04085763          	bgez	a6,804041a4 <arch_pt_unpin+0x8a>
8040415a:	80429637          	lui	a2,0x80429
8040415e:	08c62603          	lw	a2,140(a2) # 8042908c <nr_pages>
80404162:	04c7f163          	bgeu	a5,a2,804041a4 <arch_pt_unpin+0x8a>
80404166:	80429637          	lui	a2,0x80429
8040416a:	09062603          	lw	a2,144(a2) # 80429090 <p2m>
8040416e:	078a                	sll	a5,a5,0x2
80404170:	40f2                	lw	ra,28(sp)
80404172:	97b2                	add	a5,a5,a2
80404174:	439c                	lw	a5,0(a5)
80404176:	0685                	add	a3,a3,1
80404178:	06d32c23          	sw	a3,120(t1)
8040417c:	c35c                	sw	a5,4(a4)
8040417e:	6105                	add	sp,sp,32
80404180:	8082                	ret
80404182:	66a1                	lui	a3,0x8
80404184:	c602                	sw	zero,12(sp)
80404186:	0dc70513          	add	a0,a4,220
8040418a:	20000593          	li	a1,512
8040418e:	0070                	add	a2,sp,12
80404190:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80404192:	48e9                	li	a7,26
80404194:	00000073          	ecall
80404198:	02054363          	bltz	a0,804041be <arch_pt_unpin+0xa4>
8040419c:	06032c23          	sw	zero,120(t1)
804041a0:	4681                	li	a3,0
804041a2:	bf79                	j	80404140 <arch_pt_unpin+0x26>
804041a4:	80407537          	lui	a0,0x80407
804041a8:	85c2                	mv	a1,a6
804041aa:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
804041ae:	d23fd0ef          	jal	80401ed0 <panic>
804041b2:	80407537          	lui	a0,0x80407
804041b6:	94c50513          	add	a0,a0,-1716 # 8040694c <names.0+0x424>
804041ba:	d17fd0ef          	jal	80401ed0 <panic>
804041be:	4632                	lw	a2,12(sp)
804041c0:	07832683          	lw	a3,120(t1)
804041c4:	4581                	li	a1,0
804041c6:	00d67363          	bgeu	a2,a3,804041cc <arch_pt_unpin+0xb2>
804041ca:	85b2                	mv	a1,a2
804041cc:	0dc70793          	add	a5,a4,220
804041d0:	058e                	sll	a1,a1,0x3
804041d2:	97ae                	add	a5,a5,a1
804041d4:	43d8                	lw	a4,4(a5)
804041d6:	85aa                	mv	a1,a0
804041d8:	80406537          	lui	a0,0x80406
804041dc:	7ec50513          	add	a0,a0,2028 # 804067ec <names.0+0x2c4>
804041e0:	cf1fd0ef          	jal	80401ed0 <panic>

804041e4 <arch_pt_free>:
804041e4:	1101                	add	sp,sp,-32
804041e6:	c452                	sw	s4,8(sp)
804041e8:	80429a37          	lui	s4,0x80429
804041ec:	cc22                	sw	s0,24(sp)
804041ee:	074a2403          	lw	s0,116(s4) # 80429074 <nfreed>
804041f2:	c64e                	sw	s3,12(sp)
804041f4:	ce06                	sw	ra,28(sp)
804041f6:	ca26                	sw	s1,20(sp)
804041f8:	c84a                	sw	s2,16(sp)
804041fa:	04000793          	li	a5,64
804041fe:	89aa                	mv	s3,a0
80404200:	02f40a63          	beq	s0,a5,80404234 <arch_pt_free+0x50>
80404204:	805014b7          	lui	s1,0x80501
80404208:	00140913          	add	s2,s0,1
8040420c:	fdc48493          	add	s1,s1,-36 # 80500fdc <freed>
80404210:	854e                	mv	a0,s3
80404212:	4585                	li	a1,1
80404214:	ab1ff0ef          	jal	80403cc4 <kmap_set_writable>
80404218:	040a                	sll	s0,s0,0x2
8040421a:	94a2                	add	s1,s1,s0
8040421c:	40f2                	lw	ra,28(sp)
8040421e:	4462                	lw	s0,24(sp)
80404220:	072a2a23          	sw	s2,116(s4)
80404224:	0134a023          	sw	s3,0(s1)
80404228:	4942                	lw	s2,16(sp)
8040422a:	44d2                	lw	s1,20(sp)
8040422c:	49b2                	lw	s3,12(sp)
8040422e:	4a22                	lw	s4,8(sp)
80404230:	6105                	add	sp,sp,32
80404232:	8082                	ret
80404234:	80501437          	lui	s0,0x80501
80404238:	fdc40493          	add	s1,s0,-36 # 80500fdc <freed>
8040423c:	8e7ff0ef          	jal	80403b22 <flush>
80404240:	fdc40413          	add	s0,s0,-36
80404244:	4901                	li	s2,0
80404246:	4008                	lw	a0,0(s0)
80404248:	0905                	add	s2,s2,1
8040424a:	0411                	add	s0,s0,4
8040424c:	e10fd0ef          	jal	8040185c <kfree>
80404250:	074a2783          	lw	a5,116(s4)
80404254:	fef969e3          	bltu	s2,a5,80404246 <arch_pt_free+0x62>
80404258:	060a2a23          	sw	zero,116(s4)
8040425c:	4905                	li	s2,1
8040425e:	4401                	li	s0,0
80404260:	bf45                	j	80404210 <arch_pt_free+0x2c>

80404262 <arch_pt_link>:
80404262:	1141                	add	sp,sp,-16
80404264:	800007b7          	lui	a5,0x80000
80404268:	c606                	sw	ra,12(sp)
8040426a:	c422                	sw	s0,8(sp)
8040426c:	c226                	sw	s1,4(sp)
8040426e:	c04a                	sw	s2,0(sp)
80404270:	00f50733          	add	a4,a0,a5
80404274:	08055763          	bgez	a0,80404302 <arch_pt_link+0xa0>
80404278:	804296b7          	lui	a3,0x80429
8040427c:	08c6a603          	lw	a2,140(a3) # 8042908c <nr_pages>
80404280:	8331                	srl	a4,a4,0xc
80404282:	08c77063          	bgeu	a4,a2,80404302 <arch_pt_link+0xa0>
80404286:	804296b7          	lui	a3,0x80429
8040428a:	0906a683          	lw	a3,144(a3) # 80429090 <p2m>
8040428e:	070a                	sll	a4,a4,0x2
80404290:	0552                	sll	a0,a0,0x14
80404292:	9736                	add	a4,a4,a3
80404294:	4318                	lw	a4,0(a4)
80404296:	8151                	srl	a0,a0,0x14
80404298:	97ae                	add	a5,a5,a1
8040429a:	0732                	sll	a4,a4,0xc
8040429c:	00a76433          	or	s0,a4,a0
804042a0:	83b1                	srl	a5,a5,0xc
804042a2:	0405da63          	bgez	a1,804042f6 <arch_pt_link+0x94>
804042a6:	04c7f863          	bgeu	a5,a2,804042f6 <arch_pt_link+0x94>
804042aa:	078a                	sll	a5,a5,0x2
804042ac:	96be                	add	a3,a3,a5
804042ae:	4284                	lw	s1,0(a3)
804042b0:	80429937          	lui	s2,0x80429
804042b4:	07c92703          	lw	a4,124(s2) # 8042907c <batched>
804042b8:	04aa                	sll	s1,s1,0xa
804042ba:	20000793          	li	a5,512
804042be:	0014e493          	or	s1,s1,1
804042c2:	02f70563          	beq	a4,a5,804042ec <arch_pt_link+0x8a>
804042c6:	805027b7          	lui	a5,0x80502
804042ca:	00371693          	sll	a3,a4,0x3
804042ce:	0dc78793          	add	a5,a5,220 # 805020dc <batch>
804042d2:	97b6                	add	a5,a5,a3
804042d4:	c380                	sw	s0,0(a5)
804042d6:	0705                	add	a4,a4,1
804042d8:	4422                	lw	s0,8(sp)
804042da:	40b2                	lw	ra,12(sp)
804042dc:	c3c4                	sw	s1,4(a5)
804042de:	06e92e23          	sw	a4,124(s2)
804042e2:	4492                	lw	s1,4(sp)
804042e4:	4902                	lw	s2,0(sp)
804042e6:	0141                	add	sp,sp,16
804042e8:	83bff06f          	j	80403b22 <flush>
804042ec:	837ff0ef          	jal	80403b22 <flush>
804042f0:	07c92703          	lw	a4,124(s2)
804042f4:	bfc9                	j	804042c6 <arch_pt_link+0x64>
804042f6:	80407537          	lui	a0,0x80407
804042fa:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
804042fe:	bd3fd0ef          	jal	80401ed0 <panic>
80404302:	85aa                	mv	a1,a0
80404304:	80407537          	lui	a0,0x80407
80404308:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
8040430c:	bc5fd0ef          	jal	80401ed0 <panic>

80404310 <arch_pt_set>:
80404310:	1141                	add	sp,sp,-16
80404312:	800007b7          	lui	a5,0x80000
80404316:	c606                	sw	ra,12(sp)
80404318:	c422                	sw	s0,8(sp)
8040431a:	c226                	sw	s1,4(sp)
8040431c:	c04a                	sw	s2,0(sp)
8040431e:	97aa                	add	a5,a5,a0
80404320:	06055563          	bgez	a0,8040438a <arch_pt_set+0x7a>
80404324:	80429737          	lui	a4,0x80429
80404328:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
8040432c:	83b1                	srl	a5,a5,0xc
8040432e:	04e7fe63          	bgeu	a5,a4,8040438a <arch_pt_set+0x7a>
80404332:	80429737          	lui	a4,0x80429
80404336:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
8040433a:	078a                	sll	a5,a5,0x2
8040433c:	804294b7          	lui	s1,0x80429
80404340:	97ba                	add	a5,a5,a4
80404342:	4380                	lw	s0,0(a5)
80404344:	07c4a703          	lw	a4,124(s1) # 8042907c <batched>
80404348:	0552                	sll	a0,a0,0x14
8040434a:	0432                	sll	s0,s0,0xc
8040434c:	8151                	srl	a0,a0,0x14
8040434e:	20000793          	li	a5,512
80404352:	892e                	mv	s2,a1
80404354:	8c49                	or	s0,s0,a0
80404356:	02f70563          	beq	a4,a5,80404380 <arch_pt_set+0x70>
8040435a:	805027b7          	lui	a5,0x80502
8040435e:	00371693          	sll	a3,a4,0x3
80404362:	0dc78793          	add	a5,a5,220 # 805020dc <batch>
80404366:	97b6                	add	a5,a5,a3
80404368:	40b2                	lw	ra,12(sp)
8040436a:	c380                	sw	s0,0(a5)
8040436c:	4422                	lw	s0,8(sp)
8040436e:	0705                	add	a4,a4,1
80404370:	0127a223          	sw	s2,4(a5)
80404374:	06e4ae23          	sw	a4,124(s1)
80404378:	4902                	lw	s2,0(sp)
8040437a:	4492                	lw	s1,4(sp)
8040437c:	0141                	add	sp,sp,16
8040437e:	8082                	ret
80404380:	fa2ff0ef          	jal	80403b22 <flush>
80404384:	07c4a703          	lw	a4,124(s1)
80404388:	bfc9                	j	8040435a <arch_pt_set+0x4a>
8040438a:	85aa                	mv	a1,a0
8040438c:	80407537          	lui	a0,0x80407
80404390:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80404394:	b3dfd0ef          	jal	80401ed0 <panic>

80404398 <arch_pt_commit>:
80404398:	1141                	add	sp,sp,-16
8040439a:	c04a                	sw	s2,0(sp)
8040439c:	c606                	sw	ra,12(sp)
8040439e:	c422                	sw	s0,8(sp)
804043a0:	c226                	sw	s1,4(sp)
804043a2:	80429937          	lui	s2,0x80429
804043a6:	f7cff0ef          	jal	80403b22 <flush>
804043aa:	07492783          	lw	a5,116(s2) # 80429074 <nfreed>
804043ae:	cf99                	beqz	a5,804043cc <arch_pt_commit+0x34>
804043b0:	80501437          	lui	s0,0x80501
804043b4:	fdc40413          	add	s0,s0,-36 # 80500fdc <freed>
804043b8:	4481                	li	s1,0
804043ba:	4008                	lw	a0,0(s0)
804043bc:	0485                	add	s1,s1,1
804043be:	0411                	add	s0,s0,4
804043c0:	c9cfd0ef          	jal	8040185c <kfree>
804043c4:	07492783          	lw	a5,116(s2)
804043c8:	fef4e9e3          	bltu	s1,a5,804043ba <arch_pt_commit+0x22>
804043cc:	40b2                	lw	ra,12(sp)
804043ce:	4422                	lw	s0,8(sp)
804043d0:	06092a23          	sw	zero,116(s2)
804043d4:	4492                	lw	s1,4(sp)
804043d6:	4902                	lw	s2,0(sp)
804043d8:	0141                	add	sp,sp,16
804043da:	8082                	ret

804043dc <arch_pte_leaf>:
804043dc:	800007b7          	lui	a5,0x80000
804043e0:	97aa                	add	a5,a5,a0
804043e2:	02055363          	bgez	a0,80404408 <arch_pte_leaf+0x2c>
804043e6:	80429737          	lui	a4,0x80429
804043ea:	08c72703          	lw	a4,140(a4) # 8042908c <nr_pages>
804043ee:	83b1                	srl	a5,a5,0xc
804043f0:	00e7fc63          	bgeu	a5,a4,80404408 <arch_pte_leaf+0x2c>
804043f4:	80429737          	lui	a4,0x80429
804043f8:	09072703          	lw	a4,144(a4) # 80429090 <p2m>
804043fc:	078a                	sll	a5,a5,0x2
804043fe:	97ba                	add	a5,a5,a4
80404400:	4388                	lw	a0,0(a5)
80404402:	052a                	sll	a0,a0,0xa
80404404:	8d4d                	or	a0,a0,a1
80404406:	8082                	ret
80404408:	85aa                	mv	a1,a0
8040440a:	80407537          	lui	a0,0x80407
8040440e:	1141                	add	sp,sp,-16
80404410:	88850513          	add	a0,a0,-1912 # 80406888 <names.0+0x360>
80404414:	c606                	sw	ra,12(sp)
80404416:	abbfd0ef          	jal	80401ed0 <panic>

8040441a <arch_pte_page>:
8040441a:	8129                	srl	a0,a0,0xa
8040441c:	82fff06f          	j	80403c4a <mfn_to_virt>

80404420 <net_rx>:
80404420:	852e                	mv	a0,a1
80404422:	85b2                	mv	a1,a2
80404424:	e40fd06f          	j	80401a64 <net_input>

80404428 <pv_net_init>:
80404428:	7179                	add	sp,sp,-48
8040442a:	002c                	add	a1,sp,8
8040442c:	ce4e                	sw	s3,28(sp)
8040442e:	d606                	sw	ra,44(sp)
80404430:	d422                	sw	s0,40(sp)
80404432:	d226                	sw	s1,36(sp)
80404434:	d04a                	sw	s2,32(sp)
80404436:	cc52                	sw	s4,24(sp)
80404438:	ca56                	sw	s5,20(sp)
8040443a:	89aa                	mv	s3,a0
8040443c:	4e1000ef          	jal	8040511c <netfront_probe>
80404440:	57f9                	li	a5,-2
80404442:	0cf50f63          	beq	a0,a5,80404520 <pv_net_init+0xf8>
80404446:	0e054c63          	bltz	a0,8040453e <pv_net_init+0x116>
8040444a:	be8fd0ef          	jal	80401832 <kalloc>
8040444e:	842a                	mv	s0,a0
80404450:	0e050163          	beqz	a0,80404532 <pv_net_init+0x10a>
80404454:	6605                	lui	a2,0x1
80404456:	4581                	li	a1,0
80404458:	a0cfe0ef          	jal	80402664 <memset>
8040445c:	8522                	mv	a0,s0
8040445e:	80503a37          	lui	s4,0x80503
80404462:	faeff0ef          	jal	80403c10 <virt_to_mfn>
80404466:	0dca0913          	add	s2,s4,220 # 805030dc <pages.0>
8040446a:	00892023          	sw	s0,0(s2)
8040446e:	00a92223          	sw	a0,4(s2)
80404472:	bc0fd0ef          	jal	80401832 <kalloc>
80404476:	842a                	mv	s0,a0
80404478:	cd4d                	beqz	a0,80404532 <pv_net_init+0x10a>
8040447a:	6605                	lui	a2,0x1
8040447c:	4581                	li	a1,0
8040447e:	9e6fe0ef          	jal	80402664 <memset>
80404482:	8522                	mv	a0,s0
80404484:	f8cff0ef          	jal	80403c10 <virt_to_mfn>
80404488:	00a92623          	sw	a0,12(s2)
8040448c:	00892423          	sw	s0,8(s2)
80404490:	02090a93          	add	s5,s2,32
80404494:	0dca0493          	add	s1,s4,220
80404498:	b9afd0ef          	jal	80401832 <kalloc>
8040449c:	842a                	mv	s0,a0
8040449e:	c951                	beqz	a0,80404532 <pv_net_init+0x10a>
804044a0:	6605                	lui	a2,0x1
804044a2:	4581                	li	a1,0
804044a4:	9c0fe0ef          	jal	80402664 <memset>
804044a8:	8522                	mv	a0,s0
804044aa:	f66ff0ef          	jal	80403c10 <virt_to_mfn>
804044ae:	d888                	sw	a0,48(s1)
804044b0:	c880                	sw	s0,16(s1)
804044b2:	0491                	add	s1,s1,4
804044b4:	ff5492e3          	bne	s1,s5,80404498 <pv_net_init+0x70>
804044b8:	805034b7          	lui	s1,0x80503
804044bc:	12c48493          	add	s1,s1,300 # 8050312c <pages.0+0x50>
804044c0:	0d090913          	add	s2,s2,208
804044c4:	b6efd0ef          	jal	80401832 <kalloc>
804044c8:	842a                	mv	s0,a0
804044ca:	c525                	beqz	a0,80404532 <pv_net_init+0x10a>
804044cc:	6605                	lui	a2,0x1
804044ce:	4581                	li	a1,0
804044d0:	994fe0ef          	jal	80402664 <memset>
804044d4:	8522                	mv	a0,s0
804044d6:	f3aff0ef          	jal	80403c10 <virt_to_mfn>
804044da:	08a4a023          	sw	a0,128(s1)
804044de:	c080                	sw	s0,0(s1)
804044e0:	0491                	add	s1,s1,4
804044e2:	fe9911e3          	bne	s2,s1,804044c4 <pv_net_init+0x9c>
804044e6:	804057b7          	lui	a5,0x80405
804044ea:	804046b7          	lui	a3,0x80404
804044ee:	80503537          	lui	a0,0x80503
804044f2:	db278793          	add	a5,a5,-590 # 80404db2 <pv_block>
804044f6:	4701                	li	a4,0
804044f8:	42068693          	add	a3,a3,1056 # 80404420 <net_rx>
804044fc:	0dca0613          	add	a2,s4,220
80404500:	85ce                	mv	a1,s3
80404502:	22c50513          	add	a0,a0,556 # 8050322c <nf>
80404506:	675000ef          	jal	8040537a <netfront_connect>
8040450a:	04054563          	bltz	a0,80404554 <pv_net_init+0x12c>
8040450e:	804297b7          	lui	a5,0x80429
80404512:	4705                	li	a4,1
80404514:	08e7ac23          	sw	a4,152(a5) # 80429098 <present>
80404518:	804297b7          	lui	a5,0x80429
8040451c:	0937aa23          	sw	s3,148(a5) # 80429094 <store>
80404520:	50b2                	lw	ra,44(sp)
80404522:	5422                	lw	s0,40(sp)
80404524:	5492                	lw	s1,36(sp)
80404526:	5902                	lw	s2,32(sp)
80404528:	49f2                	lw	s3,28(sp)
8040452a:	4a62                	lw	s4,24(sp)
8040452c:	4ad2                	lw	s5,20(sp)
8040452e:	6145                	add	sp,sp,48
80404530:	8082                	ret
80404532:	80407537          	lui	a0,0x80407
80404536:	9a050513          	add	a0,a0,-1632 # 804069a0 <names.0+0x478>
8040453a:	997fd0ef          	jal	80401ed0 <panic>
8040453e:	862a                	mv	a2,a0
80404540:	804075b7          	lui	a1,0x80407
80404544:	80407537          	lui	a0,0x80407
80404548:	96858593          	add	a1,a1,-1688 # 80406968 <names.0+0x440>
8040454c:	97c50513          	add	a0,a0,-1668 # 8040697c <names.0+0x454>
80404550:	981fd0ef          	jal	80401ed0 <panic>
80404554:	85aa                	mv	a1,a0
80404556:	80407537          	lui	a0,0x80407
8040455a:	9b850513          	add	a0,a0,-1608 # 804069b8 <names.0+0x490>
8040455e:	973fd0ef          	jal	80401ed0 <panic>

80404562 <arch_net_refresh>:
80404562:	804297b7          	lui	a5,0x80429
80404566:	0987a783          	lw	a5,152(a5) # 80429098 <present>
8040456a:	e391                	bnez	a5,8040456e <arch_net_refresh+0xc>
8040456c:	8082                	ret
8040456e:	804297b7          	lui	a5,0x80429
80404572:	0947a583          	lw	a1,148(a5) # 80429094 <store>
80404576:	80503537          	lui	a0,0x80503
8040457a:	22c50513          	add	a0,a0,556 # 8050322c <nf>
8040457e:	46d0006f          	j	804051ea <netfront_reread_mac>

80404582 <arch_net_mac>:
80404582:	804297b7          	lui	a5,0x80429
80404586:	0987a783          	lw	a5,152(a5) # 80429098 <present>
8040458a:	4501                	li	a0,0
8040458c:	c789                	beqz	a5,80404596 <arch_net_mac+0x14>
8040458e:	80503537          	lui	a0,0x80503
80404592:	26050513          	add	a0,a0,608 # 80503260 <nf+0x34>
80404596:	8082                	ret

80404598 <arch_net_send>:
80404598:	804297b7          	lui	a5,0x80429
8040459c:	0987a783          	lw	a5,152(a5) # 80429098 <present>
804045a0:	862e                	mv	a2,a1
804045a2:	cb81                	beqz	a5,804045b2 <arch_net_send+0x1a>
804045a4:	85aa                	mv	a1,a0
804045a6:	80503537          	lui	a0,0x80503
804045aa:	22c50513          	add	a0,a0,556 # 8050322c <nf>
804045ae:	48b0006f          	j	80405238 <netfront_send>
804045b2:	557d                	li	a0,-1
804045b4:	8082                	ret

804045b6 <timer_event>:
804045b6:	804297b7          	lui	a5,0x80429
804045ba:	4705                	li	a4,1
804045bc:	08e7ae23          	sw	a4,156(a5) # 8042909c <ticked>
804045c0:	f8afe06f          	j	80402d4a <timer_intr>

804045c4 <pv_trap_init>:
804045c4:	80404537          	lui	a0,0x80404
804045c8:	69450513          	add	a0,a0,1684 # 80404694 <pv_trap_entry>
804045cc:	4581                	li	a1,0
804045ce:	4891                	li	a7,4
804045d0:	00000073          	ecall
804045d4:	00054363          	bltz	a0,804045da <pv_trap_init+0x16>
804045d8:	8082                	ret
804045da:	85aa                	mv	a1,a0
804045dc:	80407537          	lui	a0,0x80407
804045e0:	1141                	add	sp,sp,-16
804045e2:	9f450513          	add	a0,a0,-1548 # 804069f4 <names.0+0x4cc>
804045e6:	c606                	sw	ra,12(sp)
804045e8:	8e9fd0ef          	jal	80401ed0 <panic>

804045ec <pv_timer_init>:
804045ec:	1141                	add	sp,sp,-16
804045ee:	c422                	sw	s0,8(sp)
804045f0:	80429437          	lui	s0,0x80429
804045f4:	0a040593          	add	a1,s0,160 # 804290a0 <timer_port>
804045f8:	4501                	li	a0,0
804045fa:	c606                	sw	ra,12(sp)
804045fc:	2f35                	jal	80404d38 <evtchn_bind_virq>
804045fe:	c519                	beqz	a0,8040460c <pv_timer_init+0x20>
80404600:	00054f63          	bltz	a0,8040461e <pv_timer_init+0x32>
80404604:	40b2                	lw	ra,12(sp)
80404606:	4422                	lw	s0,8(sp)
80404608:	0141                	add	sp,sp,16
8040460a:	8082                	ret
8040460c:	0a042503          	lw	a0,160(s0)
80404610:	804045b7          	lui	a1,0x80404
80404614:	4601                	li	a2,0
80404616:	5b658593          	add	a1,a1,1462 # 804045b6 <timer_event>
8040461a:	2519                	jal	80404c20 <evtchn_bind>
8040461c:	b7d5                	j	80404600 <pv_timer_init+0x14>
8040461e:	85aa                	mv	a1,a0
80404620:	80407537          	lui	a0,0x80407
80404624:	a0c50513          	add	a0,a0,-1524 # 80406a0c <names.0+0x4e4>
80404628:	8a9fd0ef          	jal	80401ed0 <panic>

8040462c <arch_interrupt>:
8040462c:	800007b7          	lui	a5,0x80000
80404630:	07a5                	add	a5,a5,9 # 80000009 <_entry-0x3ffff7>
80404632:	00f50463          	beq	a0,a5,8040463a <arch_interrupt+0xe>
80404636:	4501                	li	a0,0
80404638:	8082                	ret
8040463a:	1141                	add	sp,sp,-16
8040463c:	c422                	sw	s0,8(sp)
8040463e:	80429437          	lui	s0,0x80429
80404642:	c606                	sw	ra,12(sp)
80404644:	08042e23          	sw	zero,156(s0) # 8042909c <ticked>
80404648:	2bf5                	jal	80404c44 <evtchn_do_upcall>
8040464a:	09c42503          	lw	a0,156(s0)
8040464e:	40b2                	lw	ra,12(sp)
80404650:	4422                	lw	s0,8(sp)
80404652:	0141                	add	sp,sp,16
80404654:	8082                	ret

80404656 <arch_idle>:
80404656:	afb1                	j	80404db2 <pv_block>

80404658 <arch_set_timer>:
80404658:	48bd                	li	a7,15
8040465a:	00000073          	ecall
8040465e:	00054363          	bltz	a0,80404664 <arch_set_timer+0xc>
80404662:	8082                	ret
80404664:	85aa                	mv	a1,a0
80404666:	80407537          	lui	a0,0x80407
8040466a:	1141                	add	sp,sp,-16
8040466c:	a4050513          	add	a0,a0,-1472 # 80406a40 <names.0+0x518>
80404670:	c606                	sw	ra,12(sp)
80404672:	85ffd0ef          	jal	80401ed0 <panic>

80404676 <arch_user_return>:
80404676:	804297b7          	lui	a5,0x80429
8040467a:	0a87a703          	lw	a4,168(a5) # 804290a8 <pv_shared_info>
8040467e:	1141                	add	sp,sp,-16
80404680:	c606                	sw	ra,12(sp)
80404682:	09050693          	add	a3,a0,144
80404686:	db54                	sw	a3,52(a4)
80404688:	02000713          	li	a4,32
8040468c:	08e52223          	sw	a4,132(a0)
80404690:	2069                	jal	8040471a <pv_iret>
	...

80404694 <pv_trap_entry>:
80404694:	7175                	add	sp,sp,-144
80404696:	c206                	sw	ra,4(sp)
80404698:	c60e                	sw	gp,12(sp)
8040469a:	c812                	sw	tp,16(sp)
8040469c:	ca16                	sw	t0,20(sp)
8040469e:	cc1a                	sw	t1,24(sp)
804046a0:	ce1e                	sw	t2,28(sp)
804046a2:	d022                	sw	s0,32(sp)
804046a4:	d226                	sw	s1,36(sp)
804046a6:	d42a                	sw	a0,40(sp)
804046a8:	d62e                	sw	a1,44(sp)
804046aa:	d832                	sw	a2,48(sp)
804046ac:	da36                	sw	a3,52(sp)
804046ae:	dc3a                	sw	a4,56(sp)
804046b0:	de3e                	sw	a5,60(sp)
804046b2:	c0c2                	sw	a6,64(sp)
804046b4:	c2c6                	sw	a7,68(sp)
804046b6:	c4ca                	sw	s2,72(sp)
804046b8:	c6ce                	sw	s3,76(sp)
804046ba:	c8d2                	sw	s4,80(sp)
804046bc:	cad6                	sw	s5,84(sp)
804046be:	ccda                	sw	s6,88(sp)
804046c0:	cede                	sw	s7,92(sp)
804046c2:	d0e2                	sw	s8,96(sp)
804046c4:	d2e6                	sw	s9,100(sp)
804046c6:	d4ea                	sw	s10,104(sp)
804046c8:	d6ee                	sw	s11,108(sp)
804046ca:	d8f2                	sw	t3,112(sp)
804046cc:	daf6                	sw	t4,116(sp)
804046ce:	dcfa                	sw	t5,120(sp)
804046d0:	defe                	sw	t6,124(sp)
804046d2:	00025297          	auipc	t0,0x25
804046d6:	9d62a283          	lw	t0,-1578(t0) # 804290a8 <pv_shared_info>
804046da:	0202a303          	lw	t1,32(t0)
804046de:	c11a                	sw	t1,128(sp)
804046e0:	0242a303          	lw	t1,36(t0)
804046e4:	c51a                	sw	t1,136(sp)
804046e6:	0282a303          	lw	t1,40(t0)
804046ea:	c71a                	sw	t1,140(sp)
804046ec:	02c2a303          	lw	t1,44(t0)
804046f0:	c31a                	sw	t1,132(sp)
804046f2:	10037313          	and	t1,t1,256
804046f6:	00031963          	bnez	t1,80404708 <from_kernel>
804046fa:	0302a303          	lw	t1,48(t0)
804046fe:	c41a                	sw	t1,8(sp)
80404700:	850a                	mv	a0,sp
80404702:	f96fe0ef          	jal	80402e98 <user_trap>
80404706:	a001                	j	80404706 <pv_trap_entry+0x72>

80404708 <from_kernel>:
80404708:	09010313          	add	t1,sp,144
8040470c:	c41a                	sw	t1,8(sp)
8040470e:	850a                	mv	a0,sp
80404710:	81bfe0ef          	jal	80402f2a <kernel_trap>
80404714:	850a                	mv	a0,sp
80404716:	0040006f          	j	8040471a <pv_iret>

8040471a <pv_iret>:
8040471a:	00025297          	auipc	t0,0x25
8040471e:	98e2a283          	lw	t0,-1650(t0) # 804290a8 <pv_shared_info>
80404722:	08052303          	lw	t1,128(a0)
80404726:	0262a023          	sw	t1,32(t0)
8040472a:	08452303          	lw	t1,132(a0)
8040472e:	0262a623          	sw	t1,44(t0)
80404732:	04452303          	lw	t1,68(a0)
80404736:	0262ac23          	sw	t1,56(t0)
8040473a:	00452083          	lw	ra,4(a0)
8040473e:	00852103          	lw	sp,8(a0)
80404742:	00c52183          	lw	gp,12(a0)
80404746:	01052203          	lw	tp,16(a0)
8040474a:	01452283          	lw	t0,20(a0)
8040474e:	01852303          	lw	t1,24(a0)
80404752:	01c52383          	lw	t2,28(a0)
80404756:	5100                	lw	s0,32(a0)
80404758:	5144                	lw	s1,36(a0)
8040475a:	554c                	lw	a1,44(a0)
8040475c:	5910                	lw	a2,48(a0)
8040475e:	5954                	lw	a3,52(a0)
80404760:	5d18                	lw	a4,56(a0)
80404762:	5d5c                	lw	a5,60(a0)
80404764:	04052803          	lw	a6,64(a0)
80404768:	04852903          	lw	s2,72(a0)
8040476c:	04c52983          	lw	s3,76(a0)
80404770:	05052a03          	lw	s4,80(a0)
80404774:	05452a83          	lw	s5,84(a0)
80404778:	05852b03          	lw	s6,88(a0)
8040477c:	05c52b83          	lw	s7,92(a0)
80404780:	06052c03          	lw	s8,96(a0)
80404784:	06452c83          	lw	s9,100(a0)
80404788:	06852d03          	lw	s10,104(a0)
8040478c:	06c52d83          	lw	s11,108(a0)
80404790:	07052e03          	lw	t3,112(a0)
80404794:	07452e83          	lw	t4,116(a0)
80404798:	07852f03          	lw	t5,120(a0)
8040479c:	07c52f83          	lw	t6,124(a0)
804047a0:	5508                	lw	a0,40(a0)
804047a2:	48dd                	li	a7,23
804047a4:	00000073          	ecall
804047a8:	a001                	j	804047a8 <pv_iret+0x8e>

804047aa <blkfront_event>:
804047aa:	8082                	ret

804047ac <wait_response>:
804047ac:	1101                	add	sp,sp,-32
804047ae:	cc22                	sw	s0,24(sp)
804047b0:	ce06                	sw	ra,28(sp)
804047b2:	842a                	mv	s0,a0
804047b4:	401c                	lw	a5,0(s0)
804047b6:	0087a803          	lw	a6,8(a5)
804047ba:	0220000f          	fence	r,r
804047be:	4010                	lw	a2,0(s0)
804047c0:	4418                	lw	a4,8(s0)
804047c2:	02e80863          	beq	a6,a4,804047f2 <wait_response+0x46>
804047c6:	445c                	lw	a5,12(s0)
804047c8:	4814                	lw	a3,16(s0)
804047ca:	17fd                	add	a5,a5,-1
804047cc:	8ff9                	and	a5,a5,a4
804047ce:	02d787b3          	mul	a5,a5,a3
804047d2:	0705                	add	a4,a4,1
804047d4:	04078793          	add	a5,a5,64
804047d8:	97b2                	add	a5,a5,a2
804047da:	4394                	lw	a3,0(a5)
804047dc:	0067d503          	lhu	a0,6(a5)
804047e0:	c418                	sw	a4,8(s0)
804047e2:	0542                	sll	a0,a0,0x10
804047e4:	8541                	sra	a0,a0,0x10
804047e6:	fcb69ee3          	bne	a3,a1,804047c2 <wait_response+0x16>
804047ea:	40f2                	lw	ra,28(sp)
804047ec:	4462                	lw	s0,24(sp)
804047ee:	6105                	add	sp,sp,32
804047f0:	8082                	ret
804047f2:	4618                	lw	a4,8(a2)
804047f4:	0220000f          	fence	r,r
804047f8:	441c                	lw	a5,8(s0)
804047fa:	fae79de3          	bne	a5,a4,804047b4 <wait_response+0x8>
804047fe:	4018                	lw	a4,0(s0)
80404800:	0785                	add	a5,a5,1
80404802:	c75c                	sw	a5,12(a4)
80404804:	0330000f          	fence	rw,rw
80404808:	401c                	lw	a5,0(s0)
8040480a:	479c                	lw	a5,8(a5)
8040480c:	0220000f          	fence	r,r
80404810:	4418                	lw	a4,8(s0)
80404812:	faf711e3          	bne	a4,a5,804047b4 <wait_response+0x8>
80404816:	5c7c                	lw	a5,124(s0)
80404818:	c62e                	sw	a1,12(sp)
8040481a:	9782                	jalr	a5
8040481c:	45b2                	lw	a1,12(sp)
8040481e:	bf59                	j	804047b4 <wait_response+0x8>

80404820 <transfer>:
80404820:	715d                	add	sp,sp,-80
80404822:	c686                	sw	ra,76(sp)
80404824:	c4a2                	sw	s0,72(sp)
80404826:	c2a6                	sw	s1,68(sp)
80404828:	c0ca                	sw	s2,64(sp)
8040482a:	de4e                	sw	s3,60(sp)
8040482c:	dc52                	sw	s4,56(sp)
8040482e:	da56                	sw	s5,52(sp)
80404830:	d85a                	sw	s6,48(sp)
80404832:	d65e                	sw	s7,44(sp)
80404834:	d462                	sw	s8,40(sp)
80404836:	d266                	sw	s9,36(sp)
80404838:	d06a                	sw	s10,32(sp)
8040483a:	ce6e                	sw	s11,28(sp)
8040483c:	c22e                	sw	a1,4(sp)
8040483e:	16060a63          	beqz	a2,804049b2 <transfer+0x192>
80404842:	04c50793          	add	a5,a0,76
80404846:	8b32                	mv	s6,a2
80404848:	842a                	mv	s0,a0
8040484a:	8bb6                	mv	s7,a3
8040484c:	8aba                	mv	s5,a4
8040484e:	c43e                	sw	a5,8(sp)
80404850:	4921                	li	s2,8
80404852:	6985                	lui	s3,0x1
80404854:	05800793          	li	a5,88
80404858:	8a5a                	mv	s4,s6
8040485a:	0167f463          	bgeu	a5,s6,80404862 <transfer+0x42>
8040485e:	05800a13          	li	s4,88
80404862:	007a0493          	add	s1,s4,7
80404866:	808d                	srl	s1,s1,0x3
80404868:	040a8163          	beqz	s5,804048aa <transfer+0x8a>
8040486c:	00349d93          	sll	s11,s1,0x3
80404870:	02040c13          	add	s8,s0,32
80404874:	8d56                	mv	s10,s5
80404876:	41ba0db3          	sub	s11,s4,s11
8040487a:	8cd2                	mv	s9,s4
8040487c:	85ea                	mv	a1,s10
8040487e:	8666                	mv	a2,s9
80404880:	01997363          	bgeu	s2,s9,80404886 <transfer+0x66>
80404884:	4621                	li	a2,8
80404886:	000c2503          	lw	a0,0(s8)
8040488a:	0626                	sll	a2,a2,0x9
8040488c:	1ce1                	add	s9,s9,-8
8040488e:	e19fd0ef          	jal	804026a6 <memcpy>
80404892:	0c11                	add	s8,s8,4
80404894:	9d4e                	add	s10,s10,s3
80404896:	ff9d93e3          	bne	s11,s9,8040487c <transfer+0x5c>
8040489a:	4458                	lw	a4,12(s0)
8040489c:	441c                	lw	a5,8(s0)
8040489e:	4054                	lw	a3,4(s0)
804048a0:	97ba                	add	a5,a5,a4
804048a2:	00d79a63          	bne	a5,a3,804048b6 <transfer+0x96>
804048a6:	5c7c                	lw	a5,124(s0)
804048a8:	9782                	jalr	a5
804048aa:	4458                	lw	a4,12(s0)
804048ac:	441c                	lw	a5,8(s0)
804048ae:	4054                	lw	a3,4(s0)
804048b0:	97ba                	add	a5,a5,a4
804048b2:	fed78ae3          	beq	a5,a3,804048a6 <transfer+0x86>
804048b6:	4810                	lw	a2,16(s0)
804048b8:	fff70793          	add	a5,a4,-1
804048bc:	8ff5                	and	a5,a5,a3
804048be:	02c787b3          	mul	a5,a5,a2
804048c2:	00042803          	lw	a6,0(s0)
804048c6:	05000613          	li	a2,80
804048ca:	4581                	li	a1,0
804048cc:	04078793          	add	a5,a5,64
804048d0:	00f80db3          	add	s11,a6,a5
804048d4:	856e                	mv	a0,s11
804048d6:	d8ffd0ef          	jal	80402664 <memset>
804048da:	5c2c                	lw	a1,120(s0)
804048dc:	0ff4f713          	zext.b	a4,s1
804048e0:	0722                	sll	a4,a4,0x8
804048e2:	00158693          	add	a3,a1,1
804048e6:	015037b3          	snez	a5,s5
804048ea:	dc34                	sw	a3,120(s0)
804048ec:	8fd9                	or	a5,a5,a4
804048ee:	00fd9023          	sh	a5,0(s11)
804048f2:	4792                	lw	a5,4(sp)
804048f4:	4522                	lw	a0,8(sp)
804048f6:	03848713          	add	a4,s1,56
804048fa:	00fda423          	sw	a5,8(s11)
804048fe:	000d9123          	sh	zero,2(s11)
80404902:	00bda223          	sw	a1,4(s11)
80404906:	00cd8613          	add	a2,s11,12
8040490a:	038d8793          	add	a5,s11,56
8040490e:	00ed8833          	add	a6,s11,a4
80404912:	86d2                	mv	a3,s4
80404914:	00052883          	lw	a7,0(a0)
80404918:	8736                	mv	a4,a3
8040491a:	0511                	add	a0,a0,4
8040491c:	01162023          	sw	a7,0(a2) # 1000 <_entry-0x803ff000>
80404920:	00078023          	sb	zero,0(a5)
80404924:	00d97363          	bgeu	s2,a3,8040492a <transfer+0x10a>
80404928:	4721                	li	a4,8
8040492a:	177d                	add	a4,a4,-1
8040492c:	00e785a3          	sb	a4,11(a5)
80404930:	0785                	add	a5,a5,1
80404932:	0611                	add	a2,a2,4
80404934:	16e1                	add	a3,a3,-8
80404936:	fcf81fe3          	bne	a6,a5,80404914 <transfer+0xf4>
8040493a:	405c                	lw	a5,4(s0)
8040493c:	4018                	lw	a4,0(s0)
8040493e:	0785                	add	a5,a5,1
80404940:	c05c                	sw	a5,4(s0)
80404942:	4318                	lw	a4,0(a4)
80404944:	0110000f          	fence	w,w
80404948:	4014                	lw	a3,0(s0)
8040494a:	c29c                	sw	a5,0(a3)
8040494c:	0330000f          	fence	rw,rw
80404950:	4014                	lw	a3,0(s0)
80404952:	40e78733          	sub	a4,a5,a4
80404956:	42d4                	lw	a3,4(a3)
80404958:	8f95                	sub	a5,a5,a3
8040495a:	06e7ec63          	bltu	a5,a4,804049d2 <transfer+0x1b2>
8040495e:	8522                	mv	a0,s0
80404960:	e4dff0ef          	jal	804047ac <wait_response>
80404964:	080b8063          	beqz	s7,804049e4 <transfer+0x1c4>
80404968:	e531                	bnez	a0,804049b4 <transfer+0x194>
8040496a:	048e                	sll	s1,s1,0x3
8040496c:	409a0db3          	sub	s11,s4,s1
80404970:	02040d13          	add	s10,s0,32
80404974:	8cde                	mv	s9,s7
80404976:	84d2                	mv	s1,s4
80404978:	8566                	mv	a0,s9
8040497a:	8626                	mv	a2,s1
8040497c:	00997363          	bgeu	s2,s1,80404982 <transfer+0x162>
80404980:	4621                	li	a2,8
80404982:	000d2583          	lw	a1,0(s10)
80404986:	0626                	sll	a2,a2,0x9
80404988:	14e1                	add	s1,s1,-8
8040498a:	d1dfd0ef          	jal	804026a6 <memcpy>
8040498e:	0d11                	add	s10,s10,4
80404990:	9cce                	add	s9,s9,s3
80404992:	fe9d93e3          	bne	s11,s1,80404978 <transfer+0x158>
80404996:	4712                	lw	a4,4(sp)
80404998:	009a1793          	sll	a5,s4,0x9
8040499c:	414b0b33          	sub	s6,s6,s4
804049a0:	9752                	add	a4,a4,s4
804049a2:	c23a                	sw	a4,4(sp)
804049a4:	9bbe                	add	s7,s7,a5
804049a6:	000a8463          	beqz	s5,804049ae <transfer+0x18e>
804049aa:	0a26                	sll	s4,s4,0x9
804049ac:	9ad2                	add	s5,s5,s4
804049ae:	ea0b13e3          	bnez	s6,80404854 <transfer+0x34>
804049b2:	4501                	li	a0,0
804049b4:	40b6                	lw	ra,76(sp)
804049b6:	4426                	lw	s0,72(sp)
804049b8:	4496                	lw	s1,68(sp)
804049ba:	4906                	lw	s2,64(sp)
804049bc:	59f2                	lw	s3,60(sp)
804049be:	5a62                	lw	s4,56(sp)
804049c0:	5ad2                	lw	s5,52(sp)
804049c2:	5b42                	lw	s6,48(sp)
804049c4:	5bb2                	lw	s7,44(sp)
804049c6:	5c22                	lw	s8,40(sp)
804049c8:	5c92                	lw	s9,36(sp)
804049ca:	5d02                	lw	s10,32(sp)
804049cc:	4df2                	lw	s11,28(sp)
804049ce:	6161                	add	sp,sp,80
804049d0:	8082                	ret
804049d2:	4848                	lw	a0,20(s0)
804049d4:	c62e                	sw	a1,12(sp)
804049d6:	26b9                	jal	80404d24 <evtchn_send>
804049d8:	45b2                	lw	a1,12(sp)
804049da:	8522                	mv	a0,s0
804049dc:	dd1ff0ef          	jal	804047ac <wait_response>
804049e0:	f80b94e3          	bnez	s7,80404968 <transfer+0x148>
804049e4:	f961                	bnez	a0,804049b4 <transfer+0x194>
804049e6:	4792                	lw	a5,4(sp)
804049e8:	414b0b33          	sub	s6,s6,s4
804049ec:	97d2                	add	a5,a5,s4
804049ee:	c23e                	sw	a5,4(sp)
804049f0:	bf5d                	j	804049a6 <transfer+0x186>

804049f2 <blkfront_probe>:
804049f2:	862e                	mv	a2,a1
804049f4:	804065b7          	lui	a1,0x80406
804049f8:	56858593          	add	a1,a1,1384 # 80406568 <names.0+0x40>
804049fc:	0bc0106f          	j	80405ab8 <xs_read_u32>

80404a00 <blkfront_connect>:
80404a00:	7179                	add	sp,sp,-48
80404a02:	d226                	sw	s1,36(sp)
80404a04:	84ae                	mv	s1,a1
80404a06:	804065b7          	lui	a1,0x80406
80404a0a:	ce4e                	sw	s3,28(sp)
80404a0c:	cc52                	sw	s4,24(sp)
80404a0e:	89aa                	mv	s3,a0
80404a10:	8a32                	mv	s4,a2
80404a12:	56858593          	add	a1,a1,1384 # 80406568 <names.0+0x40>
80404a16:	01c50613          	add	a2,a0,28
80404a1a:	8526                	mv	a0,s1
80404a1c:	d422                	sw	s0,40(sp)
80404a1e:	d606                	sw	ra,44(sp)
80404a20:	d04a                	sw	s2,32(sp)
80404a22:	ca56                	sw	s5,20(sp)
80404a24:	8436                	mv	s0,a3
80404a26:	092010ef          	jal	80405ab8 <xs_read_u32>
80404a2a:	0a054d63          	bltz	a0,80404ae4 <blkfront_connect+0xe4>
80404a2e:	000a2583          	lw	a1,0(s4)
80404a32:	4785                	li	a5,1
80404a34:	06f9ac23          	sw	a5,120(s3) # 1078 <_entry-0x803fef88>
80404a38:	0689ae23          	sw	s0,124(s3)
80404a3c:	c1dc                	sw	a5,4(a1)
80404a3e:	c5dc                	sw	a5,12(a1)
80404a40:	0005a023          	sw	zero,0(a1)
80404a44:	0005a423          	sw	zero,8(a1)
80404a48:	01058793          	add	a5,a1,16
80404a4c:	04058713          	add	a4,a1,64
80404a50:	0007a023          	sw	zero,0(a5)
80404a54:	0791                	add	a5,a5,4
80404a56:	fee79de3          	bne	a5,a4,80404a50 <blkfront_connect+0x50>
80404a5a:	02000793          	li	a5,32
80404a5e:	00f9a623          	sw	a5,12(s3)
80404a62:	05000793          	li	a5,80
80404a66:	00b9a023          	sw	a1,0(s3)
80404a6a:	0009a223          	sw	zero,4(s3)
80404a6e:	0009a423          	sw	zero,8(s3)
80404a72:	00f9a823          	sw	a5,16(s3)
80404a76:	008a0413          	add	s0,s4,8
80404a7a:	02098913          	add	s2,s3,32
80404a7e:	034a0a93          	add	s5,s4,52
80404a82:	401c                	lw	a5,0(s0)
80404a84:	544c                	lw	a1,44(s0)
80404a86:	4601                	li	a2,0
80404a88:	00f92023          	sw	a5,0(s2)
80404a8c:	4501                	li	a0,0
80404a8e:	2e75                	jal	80404e4a <gnttab_grant_access>
80404a90:	0411                	add	s0,s0,4
80404a92:	04054963          	bltz	a0,80404ae4 <blkfront_connect+0xe4>
80404a96:	02a92623          	sw	a0,44(s2)
80404a9a:	0911                	add	s2,s2,4
80404a9c:	ff5413e3          	bne	s0,s5,80404a82 <blkfront_connect+0x82>
80404aa0:	004a2583          	lw	a1,4(s4)
80404aa4:	4601                	li	a2,0
80404aa6:	4501                	li	a0,0
80404aa8:	264d                	jal	80404e4a <gnttab_grant_access>
80404aaa:	02054d63          	bltz	a0,80404ae4 <blkfront_connect+0xe4>
80404aae:	00a9ac23          	sw	a0,24(s3)
80404ab2:	01498593          	add	a1,s3,20
80404ab6:	4501                	li	a0,0
80404ab8:	2c65                	jal	80404d70 <evtchn_alloc_unbound>
80404aba:	02054563          	bltz	a0,80404ae4 <blkfront_connect+0xe4>
80404abe:	0149a503          	lw	a0,20(s3)
80404ac2:	804045b7          	lui	a1,0x80404
80404ac6:	864e                	mv	a2,s3
80404ac8:	7aa58593          	add	a1,a1,1962 # 804047aa <blkfront_event>
80404acc:	2a91                	jal	80404c20 <evtchn_bind>
80404ace:	e919                	bnez	a0,80404ae4 <blkfront_connect+0xe4>
80404ad0:	0189a603          	lw	a2,24(s3)
80404ad4:	804075b7          	lui	a1,0x80407
80404ad8:	a5858593          	add	a1,a1,-1448 # 80406a58 <names.0+0x530>
80404adc:	8526                	mv	a0,s1
80404ade:	0c2010ef          	jal	80405ba0 <xs_write_u32>
80404ae2:	c911                	beqz	a0,80404af6 <blkfront_connect+0xf6>
80404ae4:	50b2                	lw	ra,44(sp)
80404ae6:	5422                	lw	s0,40(sp)
80404ae8:	5492                	lw	s1,36(sp)
80404aea:	5902                	lw	s2,32(sp)
80404aec:	49f2                	lw	s3,28(sp)
80404aee:	4a62                	lw	s4,24(sp)
80404af0:	4ad2                	lw	s5,20(sp)
80404af2:	6145                	add	sp,sp,48
80404af4:	8082                	ret
80404af6:	0149a603          	lw	a2,20(s3)
80404afa:	804075b7          	lui	a1,0x80407
80404afe:	a7058593          	add	a1,a1,-1424 # 80406a70 <names.0+0x548>
80404b02:	8526                	mv	a0,s1
80404b04:	09c010ef          	jal	80405ba0 <xs_write_u32>
80404b08:	fd71                	bnez	a0,80404ae4 <blkfront_connect+0xe4>
80404b0a:	804075b7          	lui	a1,0x80407
80404b0e:	460d                	li	a2,3
80404b10:	a8c58593          	add	a1,a1,-1396 # 80406a8c <names.0+0x564>
80404b14:	8526                	mv	a0,s1
80404b16:	08a010ef          	jal	80405ba0 <xs_write_u32>
80404b1a:	c602                	sw	zero,12(sp)
80404b1c:	f561                	bnez	a0,80404ae4 <blkfront_connect+0xe4>
80404b1e:	804075b7          	lui	a1,0x80407
80404b22:	0070                	add	a2,sp,12
80404b24:	aa058593          	add	a1,a1,-1376 # 80406aa0 <names.0+0x578>
80404b28:	8526                	mv	a0,s1
80404b2a:	78f000ef          	jal	80405ab8 <xs_read_u32>
80404b2e:	f95d                	bnez	a0,80404ae4 <blkfront_connect+0xe4>
80404b30:	4732                	lw	a4,12(sp)
80404b32:	4791                	li	a5,4
80404b34:	faf708e3          	beq	a4,a5,80404ae4 <blkfront_connect+0xe4>
80404b38:	5529                	li	a0,-22
80404b3a:	b76d                	j	80404ae4 <blkfront_connect+0xe4>

80404b3c <blkfront_read>:
80404b3c:	4701                	li	a4,0
80404b3e:	ce3ff06f          	j	80404820 <transfer>

80404b42 <blkfront_write>:
80404b42:	8736                	mv	a4,a3
80404b44:	4681                	li	a3,0
80404b46:	cdbff06f          	j	80404820 <transfer>

80404b4a <blkfront_flush>:
80404b4a:	455c                	lw	a5,12(a0)
80404b4c:	4154                	lw	a3,4(a0)
80404b4e:	4918                	lw	a4,16(a0)
80404b50:	17fd                	add	a5,a5,-1
80404b52:	8ff5                	and	a5,a5,a3
80404b54:	02e787b3          	mul	a5,a5,a4
80404b58:	1101                	add	sp,sp,-32
80404b5a:	ca26                	sw	s1,20(sp)
80404b5c:	4104                	lw	s1,0(a0)
80404b5e:	cc22                	sw	s0,24(sp)
80404b60:	05000613          	li	a2,80
80404b64:	842a                	mv	s0,a0
80404b66:	4581                	li	a1,0
80404b68:	ce06                	sw	ra,28(sp)
80404b6a:	04078793          	add	a5,a5,64
80404b6e:	94be                	add	s1,s1,a5
80404b70:	8526                	mv	a0,s1
80404b72:	af3fd0ef          	jal	80402664 <memset>
80404b76:	5c2c                	lw	a1,120(s0)
80404b78:	00158793          	add	a5,a1,1
80404b7c:	dc3c                	sw	a5,120(s0)
80404b7e:	478d                	li	a5,3
80404b80:	00f49023          	sh	a5,0(s1)
80404b84:	405c                	lw	a5,4(s0)
80404b86:	4018                	lw	a4,0(s0)
80404b88:	c0cc                	sw	a1,4(s1)
80404b8a:	0785                	add	a5,a5,1
80404b8c:	c05c                	sw	a5,4(s0)
80404b8e:	4318                	lw	a4,0(a4)
80404b90:	0110000f          	fence	w,w
80404b94:	4014                	lw	a3,0(s0)
80404b96:	c29c                	sw	a5,0(a3)
80404b98:	0330000f          	fence	rw,rw
80404b9c:	4014                	lw	a3,0(s0)
80404b9e:	40e78733          	sub	a4,a5,a4
80404ba2:	42d4                	lw	a3,4(a3)
80404ba4:	8f95                	sub	a5,a5,a3
80404ba6:	00e7e963          	bltu	a5,a4,80404bb8 <blkfront_flush+0x6e>
80404baa:	8522                	mv	a0,s0
80404bac:	4462                	lw	s0,24(sp)
80404bae:	40f2                	lw	ra,28(sp)
80404bb0:	44d2                	lw	s1,20(sp)
80404bb2:	6105                	add	sp,sp,32
80404bb4:	bf9ff06f          	j	804047ac <wait_response>
80404bb8:	4848                	lw	a0,20(s0)
80404bba:	c62e                	sw	a1,12(sp)
80404bbc:	22a5                	jal	80404d24 <evtchn_send>
80404bbe:	8522                	mv	a0,s0
80404bc0:	4462                	lw	s0,24(sp)
80404bc2:	45b2                	lw	a1,12(sp)
80404bc4:	40f2                	lw	ra,28(sp)
80404bc6:	44d2                	lw	s1,20(sp)
80404bc8:	6105                	add	sp,sp,32
80404bca:	be3ff06f          	j	804047ac <wait_response>

80404bce <pv_genid>:
80404bce:	804297b7          	lui	a5,0x80429
80404bd2:	0a87a783          	lw	a5,168(a5) # 804290a8 <pv_shared_info>
80404bd6:	1e07a703          	lw	a4,480(a5)
80404bda:	c118                	sw	a4,0(a0)
80404bdc:	1e47a703          	lw	a4,484(a5)
80404be0:	c158                	sw	a4,4(a0)
80404be2:	1e87a703          	lw	a4,488(a5)
80404be6:	c518                	sw	a4,8(a0)
80404be8:	1ec7a703          	lw	a4,492(a5)
80404bec:	c558                	sw	a4,12(a0)
80404bee:	1dc7a503          	lw	a0,476(a5)
80404bf2:	8082                	ret

80404bf4 <evtchn_init>:
80404bf4:	80429737          	lui	a4,0x80429
80404bf8:	805037b7          	lui	a5,0x80503
80404bfc:	42c78793          	add	a5,a5,1068 # 8050342c <handlers>
80404c00:	0aa72423          	sw	a0,168(a4) # 804290a8 <pv_shared_info>
80404c04:	6709                	lui	a4,0x2
80404c06:	973e                	add	a4,a4,a5
80404c08:	0007a023          	sw	zero,0(a5)
80404c0c:	0007a223          	sw	zero,4(a5)
80404c10:	07a1                	add	a5,a5,8
80404c12:	fee79be3          	bne	a5,a4,80404c08 <evtchn_init+0x14>
80404c16:	804297b7          	lui	a5,0x80429
80404c1a:	0a07a223          	sw	zero,164(a5) # 804290a4 <stray>
80404c1e:	8082                	ret

80404c20 <evtchn_bind>:
80404c20:	fff50713          	add	a4,a0,-1
80404c24:	3fe00793          	li	a5,1022
80404c28:	00e7ec63          	bltu	a5,a4,80404c40 <evtchn_bind+0x20>
80404c2c:	805037b7          	lui	a5,0x80503
80404c30:	050e                	sll	a0,a0,0x3
80404c32:	42c78793          	add	a5,a5,1068 # 8050342c <handlers>
80404c36:	97aa                	add	a5,a5,a0
80404c38:	c3d0                	sw	a2,4(a5)
80404c3a:	c38c                	sw	a1,0(a5)
80404c3c:	4501                	li	a0,0
80404c3e:	8082                	ret
80404c40:	5529                	li	a0,-22
80404c42:	8082                	ret

80404c44 <evtchn_do_upcall>:
80404c44:	7179                	add	sp,sp,-48
80404c46:	804297b7          	lui	a5,0x80429
80404c4a:	c65e                	sw	s7,12(sp)
80404c4c:	0a87ab83          	lw	s7,168(a5) # 804290a8 <pv_shared_info>
80404c50:	cc52                	sw	s4,24(sp)
80404c52:	80503a37          	lui	s4,0x80503
80404c56:	c85a                	sw	s6,16(sp)
80404c58:	c462                	sw	s8,8(sp)
80404c5a:	c266                	sw	s9,4(sp)
80404c5c:	d606                	sw	ra,44(sp)
80404c5e:	d422                	sw	s0,40(sp)
80404c60:	d226                	sw	s1,36(sp)
80404c62:	d04a                	sw	s2,32(sp)
80404c64:	ce4e                	sw	s3,28(sp)
80404c66:	ca56                	sw	s5,20(sp)
80404c68:	4c81                	li	s9,0
80404c6a:	004b8c13          	add	s8,s7,4
80404c6e:	42ca0a13          	add	s4,s4,1068 # 8050342c <handlers>
80404c72:	80429b37          	lui	s6,0x80429
80404c76:	000b8023          	sb	zero,0(s7)
80404c7a:	0330000f          	fence	rw,rw
80404c7e:	8ae6                	mv	s5,s9
80404c80:	0f50000f          	fence	iorw,ow
80404c84:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80404c88:	4985                	li	s3,1
80404c8a:	060a8d63          	beqz	s5,80404d04 <evtchn_do_upcall+0xc0>
80404c8e:	8556                	mv	a0,s5
80404c90:	7af000ef          	jal	80405c3e <__ctzsi2>
80404c94:	01050413          	add	s0,a0,16
80404c98:	040a                	sll	s0,s0,0x2
80404c9a:	08040913          	add	s2,s0,128
80404c9e:	fffa8793          	add	a5,s5,-1
80404ca2:	00fafab3          	and	s5,s5,a5
80404ca6:	945e                	add	s0,s0,s7
80404ca8:	995e                	add	s2,s2,s7
80404caa:	00551493          	sll	s1,a0,0x5
80404cae:	401c                	lw	a5,0(s0)
80404cb0:	0ff0000f          	fence
80404cb4:	00092503          	lw	a0,0(s2)
80404cb8:	fff54513          	not	a0,a0
80404cbc:	8d7d                	and	a0,a0,a5
80404cbe:	d571                	beqz	a0,80404c8a <evtchn_do_upcall+0x46>
80404cc0:	77f000ef          	jal	80405c3e <__ctzsi2>
80404cc4:	00a997b3          	sll	a5,s3,a0
80404cc8:	fff7c793          	not	a5,a5
80404ccc:	0f50000f          	fence	iorw,ow
80404cd0:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80404cd4:	9526                	add	a0,a0,s1
80404cd6:	00351793          	sll	a5,a0,0x3
80404cda:	97d2                	add	a5,a5,s4
80404cdc:	4398                	lw	a4,0(a5)
80404cde:	cf09                	beqz	a4,80404cf8 <evtchn_do_upcall+0xb4>
80404ce0:	43cc                	lw	a1,4(a5)
80404ce2:	9702                	jalr	a4
80404ce4:	401c                	lw	a5,0(s0)
80404ce6:	0ff0000f          	fence
80404cea:	00092503          	lw	a0,0(s2)
80404cee:	fff54513          	not	a0,a0
80404cf2:	8d7d                	and	a0,a0,a5
80404cf4:	f571                	bnez	a0,80404cc0 <evtchn_do_upcall+0x7c>
80404cf6:	bf51                	j	80404c8a <evtchn_do_upcall+0x46>
80404cf8:	0a4b2783          	lw	a5,164(s6) # 804290a4 <stray>
80404cfc:	0785                	add	a5,a5,1
80404cfe:	0afb2223          	sw	a5,164(s6)
80404d02:	b775                	j	80404cae <evtchn_do_upcall+0x6a>
80404d04:	000bc783          	lbu	a5,0(s7)
80404d08:	f7bd                	bnez	a5,80404c76 <evtchn_do_upcall+0x32>
80404d0a:	50b2                	lw	ra,44(sp)
80404d0c:	5422                	lw	s0,40(sp)
80404d0e:	5492                	lw	s1,36(sp)
80404d10:	5902                	lw	s2,32(sp)
80404d12:	49f2                	lw	s3,28(sp)
80404d14:	4a62                	lw	s4,24(sp)
80404d16:	4ad2                	lw	s5,20(sp)
80404d18:	4b42                	lw	s6,16(sp)
80404d1a:	4bb2                	lw	s7,12(sp)
80404d1c:	4c22                	lw	s8,8(sp)
80404d1e:	4c92                	lw	s9,4(sp)
80404d20:	6145                	add	sp,sp,48
80404d22:	8082                	ret

80404d24 <evtchn_send>:
80404d24:	1141                	add	sp,sp,-16
80404d26:	c62a                	sw	a0,12(sp)
80404d28:	006c                	add	a1,sp,12
80404d2a:	4511                	li	a0,4
80404d2c:	02000893          	li	a7,32
80404d30:	00000073          	ecall
80404d34:	0141                	add	sp,sp,16
80404d36:	8082                	ret

80404d38 <evtchn_bind_virq>:
80404d38:	1141                	add	sp,sp,-16
80404d3a:	86ae                	mv	a3,a1
80404d3c:	c22a                	sw	a0,4(sp)
80404d3e:	c402                	sw	zero,8(sp)
80404d40:	c602                	sw	zero,12(sp)
80404d42:	4505                	li	a0,1
80404d44:	004c                	add	a1,sp,4
80404d46:	02000893          	li	a7,32
80404d4a:	00000073          	ecall
80404d4e:	00054b63          	bltz	a0,80404d64 <evtchn_bind_virq+0x2c>
80404d52:	4732                	lw	a4,12(sp)
80404d54:	cb11                	beqz	a4,80404d68 <evtchn_bind_virq+0x30>
80404d56:	c298                	sw	a4,0(a3)
80404d58:	3fe00793          	li	a5,1022
80404d5c:	177d                	add	a4,a4,-1 # 1fff <_entry-0x803fe001>
80404d5e:	00e7e763          	bltu	a5,a4,80404d6c <evtchn_bind_virq+0x34>
80404d62:	4501                	li	a0,0
80404d64:	0141                	add	sp,sp,16
80404d66:	8082                	ret
80404d68:	872a                	mv	a4,a0
80404d6a:	b7f5                	j	80404d56 <evtchn_bind_virq+0x1e>
80404d6c:	5529                	li	a0,-22
80404d6e:	bfdd                	j	80404d64 <evtchn_bind_virq+0x2c>

80404d70 <evtchn_alloc_unbound>:
80404d70:	77e1                	lui	a5,0xffff8
80404d72:	1141                	add	sp,sp,-16
80404d74:	ff07c793          	xor	a5,a5,-16
80404d78:	86ae                	mv	a3,a1
80404d7a:	00a11523          	sh	a0,10(sp)
80404d7e:	00f11423          	sh	a5,8(sp)
80404d82:	c602                	sw	zero,12(sp)
80404d84:	4519                	li	a0,6
80404d86:	002c                	add	a1,sp,8
80404d88:	02000893          	li	a7,32
80404d8c:	00000073          	ecall
80404d90:	00054b63          	bltz	a0,80404da6 <evtchn_alloc_unbound+0x36>
80404d94:	4732                	lw	a4,12(sp)
80404d96:	cb11                	beqz	a4,80404daa <evtchn_alloc_unbound+0x3a>
80404d98:	c298                	sw	a4,0(a3)
80404d9a:	3fe00793          	li	a5,1022
80404d9e:	177d                	add	a4,a4,-1
80404da0:	00e7e763          	bltu	a5,a4,80404dae <evtchn_alloc_unbound+0x3e>
80404da4:	4501                	li	a0,0
80404da6:	0141                	add	sp,sp,16
80404da8:	8082                	ret
80404daa:	872a                	mv	a4,a0
80404dac:	b7f5                	j	80404d98 <evtchn_alloc_unbound+0x28>
80404dae:	5529                	li	a0,-22
80404db0:	bfdd                	j	80404da6 <evtchn_alloc_unbound+0x36>

80404db2 <pv_block>:
80404db2:	4505                	li	a0,1
80404db4:	4581                	li	a1,0
80404db6:	48f5                	li	a7,29
80404db8:	00000073          	ecall
80404dbc:	804297b7          	lui	a5,0x80429
80404dc0:	0a87a783          	lw	a5,168(a5) # 804290a8 <pv_shared_info>
80404dc4:	4705                	li	a4,1
80404dc6:	00e780a3          	sb	a4,1(a5)
80404dca:	8082                	ret

80404dcc <gnttab_setup_frame>:
80404dcc:	77e1                	lui	a5,0xffff8
80404dce:	1141                	add	sp,sp,-16
80404dd0:	ff07c793          	xor	a5,a5,-16
80404dd4:	00f11023          	sh	a5,0(sp)
80404dd8:	4785                	li	a5,1
80404dda:	872a                	mv	a4,a0
80404ddc:	00011123          	sh	zero,2(sp)
80404de0:	00011423          	sh	zero,8(sp)
80404de4:	00011523          	sh	zero,10(sp)
80404de8:	00011623          	sh	zero,12(sp)
80404dec:	00011723          	sh	zero,14(sp)
80404df0:	c23e                	sw	a5,4(sp)
80404df2:	4509                	li	a0,2
80404df4:	858a                	mv	a1,sp
80404df6:	4605                	li	a2,1
80404df8:	48d1                	li	a7,20
80404dfa:	00000073          	ecall
80404dfe:	00054863          	bltz	a0,80404e0e <gnttab_setup_frame+0x42>
80404e02:	00811783          	lh	a5,8(sp)
80404e06:	e791                	bnez	a5,80404e12 <gnttab_setup_frame+0x46>
80404e08:	47b2                	lw	a5,12(sp)
80404e0a:	4501                	li	a0,0
80404e0c:	c31c                	sw	a5,0(a4)
80404e0e:	0141                	add	sp,sp,16
80404e10:	8082                	ret
80404e12:	853e                	mv	a0,a5
80404e14:	0007c363          	bltz	a5,80404e1a <gnttab_setup_frame+0x4e>
80404e18:	557d                	li	a0,-1
80404e1a:	0542                	sll	a0,a0,0x10
80404e1c:	8541                	sra	a0,a0,0x10
80404e1e:	0141                	add	sp,sp,16
80404e20:	8082                	ret

80404e22 <gnttab_init>:
80404e22:	805057b7          	lui	a5,0x80505
80404e26:	42c78693          	add	a3,a5,1068 # 8050542c <in_use>
80404e2a:	80429737          	lui	a4,0x80429
80404e2e:	0aa72623          	sw	a0,172(a4) # 804290ac <table>
80404e32:	42c78793          	add	a5,a5,1068
80404e36:	04068713          	add	a4,a3,64
80404e3a:	0007a023          	sw	zero,0(a5)
80404e3e:	0791                	add	a5,a5,4
80404e40:	fee79de3          	bne	a5,a4,80404e3a <gnttab_init+0x18>
80404e44:	4785                	li	a5,1
80404e46:	c29c                	sw	a5,0(a3)
80404e48:	8082                	ret

80404e4a <gnttab_grant_access>:
80404e4a:	805057b7          	lui	a5,0x80505
80404e4e:	42c78793          	add	a5,a5,1068 # 8050542c <in_use>
80404e52:	4394                	lw	a3,0(a5)
80404e54:	872a                	mv	a4,a0
80404e56:	4505                	li	a0,1
80404e58:	0026f813          	and	a6,a3,2
80404e5c:	02081f63          	bnez	a6,80404e9a <gnttab_grant_access+0x50>
80404e60:	4e21                	li	t3,8
80404e62:	4309                	li	t1,2
80404e64:	4881                	li	a7,0
80404e66:	80429837          	lui	a6,0x80429
80404e6a:	0ac82803          	lw	a6,172(a6) # 804290ac <table>
80404e6e:	0066e6b3          	or	a3,a3,t1
80404e72:	97c6                	add	a5,a5,a7
80404e74:	0742                	sll	a4,a4,0x10
80404e76:	c394                	sw	a3,0(a5)
80404e78:	8341                	srl	a4,a4,0x10
80404e7a:	01c806b3          	add	a3,a6,t3
80404e7e:	00e69123          	sh	a4,2(a3)
80404e82:	c2cc                	sw	a1,4(a3)
80404e84:	0110000f          	fence	w,w
80404e88:	00163613          	seqz	a2,a2
80404e8c:	40c007b3          	neg	a5,a2
80404e90:	9bf1                	and	a5,a5,-4
80404e92:	0795                	add	a5,a5,5
80404e94:	00f69023          	sh	a5,0(a3)
80404e98:	8082                	ret
80404e9a:	20000e93          	li	t4,512
80404e9e:	4e05                	li	t3,1
80404ea0:	0505                	add	a0,a0,1
80404ea2:	00555813          	srl	a6,a0,0x5
80404ea6:	00281893          	sll	a7,a6,0x2
80404eaa:	011786b3          	add	a3,a5,a7
80404eae:	00ae1333          	sll	t1,t3,a0
80404eb2:	01d50a63          	beq	a0,t4,80404ec6 <gnttab_grant_access+0x7c>
80404eb6:	4294                	lw	a3,0(a3)
80404eb8:	0066f833          	and	a6,a3,t1
80404ebc:	fe0812e3          	bnez	a6,80404ea0 <gnttab_grant_access+0x56>
80404ec0:	00351e13          	sll	t3,a0,0x3
80404ec4:	b74d                	j	80404e66 <gnttab_grant_access+0x1c>
80404ec6:	5511                	li	a0,-28
80404ec8:	8082                	ret

80404eca <tx_gc>:
80404eca:	411c                	lw	a5,0(a0)
80404ecc:	0087a803          	lw	a6,8(a5)
80404ed0:	0220000f          	fence	r,r
80404ed4:	4518                	lw	a4,8(a0)
80404ed6:	415c                	lw	a5,4(a0)
80404ed8:	40e806b3          	sub	a3,a6,a4
80404edc:	8f99                	sub	a5,a5,a4
80404ede:	08d7e563          	bltu	a5,a3,80404f68 <tx_gc+0x9e>
80404ee2:	09070663          	beq	a4,a6,80404f6e <tx_gc+0xa4>
80404ee6:	00c52883          	lw	a7,12(a0)
80404eea:	00052e83          	lw	t4,0(a0)
80404eee:	01052e03          	lw	t3,16(a0)
80404ef2:	18fd                	add	a7,a7,-1
80404ef4:	433d                	li	t1,15
80404ef6:	a815                	j	80404f2a <tx_gc+0x60>
80404ef8:	0ac5c683          	lbu	a3,172(a1)
80404efc:	cab9                	beqz	a3,80404f52 <tx_gc+0x88>
80404efe:	0a058623          	sb	zero,172(a1)
80404f02:	0a852583          	lw	a1,168(a0)
80404f06:	04058693          	add	a3,a1,64
80404f0a:	0686                	sll	a3,a3,0x1
80404f0c:	0585                	add	a1,a1,1
80404f0e:	0ab52423          	sw	a1,168(a0)
80404f12:	96aa                	add	a3,a3,a0
80404f14:	00c69423          	sh	a2,8(a3)
80404f18:	c791                	beqz	a5,80404f24 <tx_gc+0x5a>
80404f1a:	1ec52783          	lw	a5,492(a0)
80404f1e:	0785                	add	a5,a5,1
80404f20:	1ef52623          	sw	a5,492(a0)
80404f24:	0705                	add	a4,a4,1
80404f26:	02e80e63          	beq	a6,a4,80404f62 <tx_gc+0x98>
80404f2a:	00e8f7b3          	and	a5,a7,a4
80404f2e:	03c787b3          	mul	a5,a5,t3
80404f32:	04078793          	add	a5,a5,64
80404f36:	97f6                	add	a5,a5,t4
80404f38:	0007d683          	lhu	a3,0(a5)
80404f3c:	0027d783          	lhu	a5,2(a5)
80404f40:	01069613          	sll	a2,a3,0x10
80404f44:	8241                	srl	a2,a2,0x10
80404f46:	07c2                	sll	a5,a5,0x10
80404f48:	00c505b3          	add	a1,a0,a2
80404f4c:	87c1                	sra	a5,a5,0x10
80404f4e:	fad375e3          	bgeu	t1,a3,80404ef8 <tx_gc+0x2e>
80404f52:	1fc52783          	lw	a5,508(a0)
80404f56:	0705                	add	a4,a4,1
80404f58:	0785                	add	a5,a5,1
80404f5a:	1ef52e23          	sw	a5,508(a0)
80404f5e:	fce816e3          	bne	a6,a4,80404f2a <tx_gc+0x60>
80404f62:	01052423          	sw	a6,8(a0)
80404f66:	8082                	ret
80404f68:	4785                	li	a5,1
80404f6a:	c13c                	sw	a5,64(a0)
80404f6c:	8082                	ret
80404f6e:	8082                	ret

80404f70 <netfront_poll.part.0>:
80404f70:	7179                	add	sp,sp,-48
80404f72:	d422                	sw	s0,40(sp)
80404f74:	d226                	sw	s1,36(sp)
80404f76:	cc52                	sw	s4,24(sp)
80404f78:	ca56                	sw	s5,20(sp)
80404f7a:	c85a                	sw	s6,16(sp)
80404f7c:	d606                	sw	ra,44(sp)
80404f7e:	d04a                	sw	s2,32(sp)
80404f80:	ce4e                	sw	s3,28(sp)
80404f82:	c65e                	sw	s7,12(sp)
80404f84:	4785                	li	a5,1
80404f86:	c17c                	sw	a5,68(a0)
80404f88:	842a                	mv	s0,a0
80404f8a:	4a85                	li	s5,1
80404f8c:	f3fff0ef          	jal	80404eca <tx_gc>
80404f90:	4a7d                	li	s4,31
80404f92:	5e900b13          	li	s6,1513
80404f96:	6485                	lui	s1,0x1
80404f98:	485c                	lw	a5,20(s0)
80404f9a:	0087a983          	lw	s3,8(a5)
80404f9e:	0220000f          	fence	r,r
80404fa2:	4c54                	lw	a3,28(s0)
80404fa4:	4c1c                	lw	a5,24(s0)
80404fa6:	01442803          	lw	a6,20(s0)
80404faa:	40d98633          	sub	a2,s3,a3
80404fae:	40d78733          	sub	a4,a5,a3
80404fb2:	14c76363          	bltu	a4,a2,804050f8 <netfront_poll.part.0+0x188>
80404fb6:	0cd98163          	beq	s3,a3,80405078 <netfront_poll.part.0+0x108>
80404fba:	5018                	lw	a4,32(s0)
80404fbc:	02442883          	lw	a7,36(s0)
80404fc0:	177d                	add	a4,a4,-1
80404fc2:	00d777b3          	and	a5,a4,a3
80404fc6:	031787b3          	mul	a5,a5,a7
80404fca:	0685                	add	a3,a3,1
80404fcc:	04078793          	add	a5,a5,64
80404fd0:	97c2                	add	a5,a5,a6
80404fd2:	0007d503          	lhu	a0,0(a5)
80404fd6:	0027d583          	lhu	a1,2(a5)
80404fda:	0067d603          	lhu	a2,6(a5)
80404fde:	01051913          	sll	s2,a0,0x10
80404fe2:	01095913          	srl	s2,s2,0x10
80404fe6:	0642                	sll	a2,a2,0x10
80404fe8:	8641                	sra	a2,a2,0x10
80404fea:	fff60793          	add	a5,a2,-1
80404fee:	07c2                	sll	a5,a5,0x10
80404ff0:	05c2                	sll	a1,a1,0x10
80404ff2:	cc54                	sw	a3,28(s0)
80404ff4:	01240bb3          	add	s7,s0,s2
80404ff8:	83c1                	srl	a5,a5,0x10
80404ffa:	81c1                	srl	a1,a1,0x10
80404ffc:	0caa6363          	bltu	s4,a0,804050c2 <netfront_poll.part.0+0x152>
80405000:	1bcbc503          	lbu	a0,444(s7)
80405004:	cd5d                	beqz	a0,804050c2 <netfront_poll.part.0+0x152>
80405006:	1a0b8e23          	sb	zero,444(s7)
8040500a:	00c58533          	add	a0,a1,a2
8040500e:	0cfb6263          	bltu	s6,a5,804050d2 <netfront_poll.part.0+0x162>
80405012:	02c90793          	add	a5,s2,44
80405016:	078a                	sll	a5,a5,0x2
80405018:	97a2                	add	a5,a5,s0
8040501a:	0aa4ec63          	bltu	s1,a0,804050d2 <netfront_poll.part.0+0x162>
8040501e:	1f442703          	lw	a4,500(s0)
80405022:	00c7a803          	lw	a6,12(a5)
80405026:	1dc42683          	lw	a3,476(s0)
8040502a:	1e042503          	lw	a0,480(s0)
8040502e:	00170793          	add	a5,a4,1
80405032:	95c2                	add	a1,a1,a6
80405034:	1ef42a23          	sw	a5,500(s0)
80405038:	9682                	jalr	a3
8040503a:	5018                	lw	a4,32(s0)
8040503c:	01442803          	lw	a6,20(s0)
80405040:	02442883          	lw	a7,36(s0)
80405044:	4c54                	lw	a3,28(s0)
80405046:	177d                	add	a4,a4,-1
80405048:	4c10                	lw	a2,24(s0)
8040504a:	04c90793          	add	a5,s2,76
8040504e:	078a                	sll	a5,a5,0x2
80405050:	8f71                	and	a4,a4,a2
80405052:	03170733          	mul	a4,a4,a7
80405056:	97a2                	add	a5,a5,s0
80405058:	47dc                	lw	a5,12(a5)
8040505a:	0605                	add	a2,a2,1
8040505c:	04070713          	add	a4,a4,64
80405060:	9742                	add	a4,a4,a6
80405062:	01271023          	sh	s2,0(a4)
80405066:	00071123          	sh	zero,2(a4)
8040506a:	c35c                	sw	a5,4(a4)
8040506c:	1b5b8e23          	sb	s5,444(s7)
80405070:	cc10                	sw	a2,24(s0)
80405072:	f4d994e3          	bne	s3,a3,80404fba <netfront_poll.part.0+0x4a>
80405076:	4c1c                	lw	a5,24(s0)
80405078:	00082703          	lw	a4,0(a6)
8040507c:	0110000f          	fence	w,w
80405080:	4854                	lw	a3,20(s0)
80405082:	c29c                	sw	a5,0(a3)
80405084:	0330000f          	fence	rw,rw
80405088:	4854                	lw	a3,20(s0)
8040508a:	40e78733          	sub	a4,a5,a4
8040508e:	42d0                	lw	a2,4(a3)
80405090:	8f91                	sub	a5,a5,a2
80405092:	06e7e663          	bltu	a5,a4,804050fe <netfront_poll.part.0+0x18e>
80405096:	469c                	lw	a5,8(a3)
80405098:	0220000f          	fence	r,r
8040509c:	4c58                	lw	a4,28(s0)
8040509e:	04e78063          	beq	a5,a4,804050de <netfront_poll.part.0+0x16e>
804050a2:	403c                	lw	a5,64(s0)
804050a4:	ee078ae3          	beqz	a5,80404f98 <netfront_poll.part.0+0x28>
804050a8:	50b2                	lw	ra,44(sp)
804050aa:	04042223          	sw	zero,68(s0)
804050ae:	5422                	lw	s0,40(sp)
804050b0:	5492                	lw	s1,36(sp)
804050b2:	5902                	lw	s2,32(sp)
804050b4:	49f2                	lw	s3,28(sp)
804050b6:	4a62                	lw	s4,24(sp)
804050b8:	4ad2                	lw	s5,20(sp)
804050ba:	4b42                	lw	s6,16(sp)
804050bc:	4bb2                	lw	s7,12(sp)
804050be:	6145                	add	sp,sp,48
804050c0:	8082                	ret
804050c2:	1fc42783          	lw	a5,508(s0)
804050c6:	0785                	add	a5,a5,1
804050c8:	1ef42e23          	sw	a5,508(s0)
804050cc:	eed997e3          	bne	s3,a3,80404fba <netfront_poll.part.0+0x4a>
804050d0:	b75d                	j	80405076 <netfront_poll.part.0+0x106>
804050d2:	1f842783          	lw	a5,504(s0)
804050d6:	0785                	add	a5,a5,1
804050d8:	1ef42c23          	sw	a5,504(s0)
804050dc:	b7b5                	j	80405048 <netfront_poll.part.0+0xd8>
804050de:	4858                	lw	a4,20(s0)
804050e0:	0785                	add	a5,a5,1
804050e2:	c75c                	sw	a5,12(a4)
804050e4:	0330000f          	fence	rw,rw
804050e8:	485c                	lw	a5,20(s0)
804050ea:	4798                	lw	a4,8(a5)
804050ec:	0220000f          	fence	r,r
804050f0:	4c5c                	lw	a5,28(s0)
804050f2:	faf718e3          	bne	a4,a5,804050a2 <netfront_poll.part.0+0x132>
804050f6:	bf4d                	j	804050a8 <netfront_poll.part.0+0x138>
804050f8:	05542023          	sw	s5,64(s0)
804050fc:	bfb5                	j	80405078 <netfront_poll.part.0+0x108>
804050fe:	5408                	lw	a0,40(s0)
80405100:	c25ff0ef          	jal	80404d24 <evtchn_send>
80405104:	4854                	lw	a3,20(s0)
80405106:	bf41                	j	80405096 <netfront_poll.part.0+0x126>

80405108 <netfront_event>:
80405108:	5ddc                	lw	a5,60(a1)
8040510a:	cb81                	beqz	a5,8040511a <netfront_event+0x12>
8040510c:	41bc                	lw	a5,64(a1)
8040510e:	e791                	bnez	a5,8040511a <netfront_event+0x12>
80405110:	41fc                	lw	a5,68(a1)
80405112:	e781                	bnez	a5,8040511a <netfront_event+0x12>
80405114:	852e                	mv	a0,a1
80405116:	e5bff06f          	j	80404f70 <netfront_poll.part.0>
8040511a:	8082                	ret

8040511c <netfront_probe>:
8040511c:	7179                	add	sp,sp,-48
8040511e:	d422                	sw	s0,40(sp)
80405120:	842e                	mv	s0,a1
80405122:	804075b7          	lui	a1,0x80407
80405126:	02000693          	li	a3,32
8040512a:	860a                	mv	a2,sp
8040512c:	96858593          	add	a1,a1,-1688 # 80406968 <names.0+0x440>
80405130:	d606                	sw	ra,44(sp)
80405132:	17d000ef          	jal	80405aae <xs_read>
80405136:	08054b63          	bltz	a0,804051cc <netfront_probe+0xb0>
8040513a:	47c5                	li	a5,17
8040513c:	0af51263          	bne	a0,a5,804051e0 <netfront_probe+0xc4>
80405140:	870a                	mv	a4,sp
80405142:	88a2                	mv	a7,s0
80405144:	00f10593          	add	a1,sp,15
80405148:	4325                	li	t1,9
8040514a:	4815                	li	a6,5
8040514c:	03a00f13          	li	t5,58
80405150:	00074603          	lbu	a2,0(a4)
80405154:	00174503          	lbu	a0,1(a4)
80405158:	fd060793          	add	a5,a2,-48
8040515c:	fd050693          	add	a3,a0,-48
80405160:	0ff7fe13          	zext.b	t3,a5
80405164:	0ff6fe93          	zext.b	t4,a3
80405168:	03c37063          	bgeu	t1,t3,80405188 <netfront_probe+0x6c>
8040516c:	f9f60793          	add	a5,a2,-97
80405170:	0ff7f793          	zext.b	a5,a5
80405174:	06f87063          	bgeu	a6,a5,804051d4 <netfront_probe+0xb8>
80405178:	fbf60793          	add	a5,a2,-65
8040517c:	0ff7f793          	zext.b	a5,a5
80405180:	06f86063          	bltu	a6,a5,804051e0 <netfront_probe+0xc4>
80405184:	fc960793          	add	a5,a2,-55
80405188:	03d37063          	bgeu	t1,t4,804051a8 <netfront_probe+0x8c>
8040518c:	f9f50693          	add	a3,a0,-97
80405190:	0ff6f693          	zext.b	a3,a3
80405194:	04d87363          	bgeu	a6,a3,804051da <netfront_probe+0xbe>
80405198:	fbf50693          	add	a3,a0,-65
8040519c:	0ff6f693          	zext.b	a3,a3
804051a0:	04d86063          	bltu	a6,a3,804051e0 <netfront_probe+0xc4>
804051a4:	fc950693          	add	a3,a0,-55
804051a8:	00b70d63          	beq	a4,a1,804051c2 <netfront_probe+0xa6>
804051ac:	00274603          	lbu	a2,2(a4)
804051b0:	070d                	add	a4,a4,3
804051b2:	03e61763          	bne	a2,t5,804051e0 <netfront_probe+0xc4>
804051b6:	0792                	sll	a5,a5,0x4
804051b8:	8fd5                	or	a5,a5,a3
804051ba:	00f88023          	sb	a5,0(a7)
804051be:	0885                	add	a7,a7,1
804051c0:	bf41                	j	80405150 <netfront_probe+0x34>
804051c2:	0792                	sll	a5,a5,0x4
804051c4:	8fd5                	or	a5,a5,a3
804051c6:	00f402a3          	sb	a5,5(s0)
804051ca:	4501                	li	a0,0
804051cc:	50b2                	lw	ra,44(sp)
804051ce:	5422                	lw	s0,40(sp)
804051d0:	6145                	add	sp,sp,48
804051d2:	8082                	ret
804051d4:	fa960793          	add	a5,a2,-87
804051d8:	bf45                	j	80405188 <netfront_probe+0x6c>
804051da:	fa950693          	add	a3,a0,-87
804051de:	b7e9                	j	804051a8 <netfront_probe+0x8c>
804051e0:	50b2                	lw	ra,44(sp)
804051e2:	5422                	lw	s0,40(sp)
804051e4:	5529                	li	a0,-22
804051e6:	6145                	add	sp,sp,48
804051e8:	8082                	ret

804051ea <netfront_reread_mac>:
804051ea:	1101                	add	sp,sp,-32
804051ec:	872e                	mv	a4,a1
804051ee:	ca26                	sw	s1,20(sp)
804051f0:	002c                	add	a1,sp,8
804051f2:	84aa                	mv	s1,a0
804051f4:	853a                	mv	a0,a4
804051f6:	cc22                	sw	s0,24(sp)
804051f8:	ce06                	sw	ra,28(sp)
804051fa:	f23ff0ef          	jal	8040511c <netfront_probe>
804051fe:	842a                	mv	s0,a0
80405200:	c519                	beqz	a0,8040520e <netfront_reread_mac+0x24>
80405202:	40f2                	lw	ra,28(sp)
80405204:	8522                	mv	a0,s0
80405206:	4462                	lw	s0,24(sp)
80405208:	44d2                	lw	s1,20(sp)
8040520a:	6105                	add	sp,sp,32
8040520c:	8082                	ret
8040520e:	002c                	add	a1,sp,8
80405210:	03448513          	add	a0,s1,52 # 1034 <_entry-0x803fefcc>
80405214:	4619                	li	a2,6
80405216:	c90fd0ef          	jal	804026a6 <memcpy>
8040521a:	40f2                	lw	ra,28(sp)
8040521c:	8522                	mv	a0,s0
8040521e:	4462                	lw	s0,24(sp)
80405220:	44d2                	lw	s1,20(sp)
80405222:	6105                	add	sp,sp,32
80405224:	8082                	ret

80405226 <netfront_poll>:
80405226:	5d58                	lw	a4,60(a0)
80405228:	c719                	beqz	a4,80405236 <netfront_poll+0x10>
8040522a:	4138                	lw	a4,64(a0)
8040522c:	e709                	bnez	a4,80405236 <netfront_poll+0x10>
8040522e:	417c                	lw	a5,68(a0)
80405230:	e399                	bnez	a5,80405236 <netfront_poll+0x10>
80405232:	d3fff06f          	j	80404f70 <netfront_poll.part.0>
80405236:	8082                	ret

80405238 <netfront_send>:
80405238:	1101                	add	sp,sp,-32
8040523a:	ce06                	sw	ra,28(sp)
8040523c:	cc22                	sw	s0,24(sp)
8040523e:	ca26                	sw	s1,20(sp)
80405240:	c84a                	sw	s2,16(sp)
80405242:	c64e                	sw	s3,12(sp)
80405244:	c452                	sw	s4,8(sp)
80405246:	c256                	sw	s5,4(sp)
80405248:	c05a                	sw	s6,0(sp)
8040524a:	ff260713          	add	a4,a2,-14
8040524e:	5dc00793          	li	a5,1500
80405252:	12e7e263          	bltu	a5,a4,80405376 <netfront_send+0x13e>
80405256:	5d5c                	lw	a5,60(a0)
80405258:	842a                	mv	s0,a0
8040525a:	10078863          	beqz	a5,8040536a <netfront_send+0x132>
8040525e:	04052903          	lw	s2,64(a0)
80405262:	10091463          	bnez	s2,8040536a <netfront_send+0x132>
80405266:	84b2                	mv	s1,a2
80405268:	89ae                	mv	s3,a1
8040526a:	c61ff0ef          	jal	80404eca <tx_gc>
8040526e:	0a842783          	lw	a5,168(s0)
80405272:	c3dd                	beqz	a5,80405318 <netfront_send+0xe0>
80405274:	03f78713          	add	a4,a5,63
80405278:	0706                	sll	a4,a4,0x1
8040527a:	9722                	add	a4,a4,s0
8040527c:	00875a83          	lhu	s5,8(a4)
80405280:	17fd                	add	a5,a5,-1
80405282:	0af42423          	sw	a5,168(s0)
80405286:	001ada13          	srl	s4,s5,0x1
8040528a:	015407b3          	add	a5,s0,s5
8040528e:	4705                	li	a4,1
80405290:	0a0a                	sll	s4,s4,0x2
80405292:	0ae78623          	sb	a4,172(a5)
80405296:	9a22                	add	s4,s4,s0
80405298:	048a2503          	lw	a0,72(s4)
8040529c:	001afb13          	and	s6,s5,1
804052a0:	0b2e                	sll	s6,s6,0xb
804052a2:	8626                	mv	a2,s1
804052a4:	85ce                	mv	a1,s3
804052a6:	955a                	add	a0,a0,s6
804052a8:	bfefd0ef          	jal	804026a6 <memcpy>
804052ac:	445c                	lw	a5,12(s0)
804052ae:	4058                	lw	a4,4(s0)
804052b0:	4814                	lw	a3,16(s0)
804052b2:	17fd                	add	a5,a5,-1
804052b4:	8ff9                	and	a5,a5,a4
804052b6:	02d787b3          	mul	a5,a5,a3
804052ba:	4014                	lw	a3,0(s0)
804052bc:	068a2603          	lw	a2,104(s4)
804052c0:	0705                	add	a4,a4,1
804052c2:	04078793          	add	a5,a5,64
804052c6:	97b6                	add	a5,a5,a3
804052c8:	c390                	sw	a2,0(a5)
804052ca:	01679223          	sh	s6,4(a5)
804052ce:	00079323          	sh	zero,6(a5)
804052d2:	01579423          	sh	s5,8(a5)
804052d6:	00979523          	sh	s1,10(a5)
804052da:	c058                	sw	a4,4(s0)
804052dc:	429c                	lw	a5,0(a3)
804052de:	0110000f          	fence	w,w
804052e2:	4014                	lw	a3,0(s0)
804052e4:	c298                	sw	a4,0(a3)
804052e6:	0330000f          	fence	rw,rw
804052ea:	4014                	lw	a3,0(s0)
804052ec:	40f707b3          	sub	a5,a4,a5
804052f0:	42d4                	lw	a3,4(a3)
804052f2:	8f15                	sub	a4,a4,a3
804052f4:	06f76d63          	bltu	a4,a5,8040536e <netfront_send+0x136>
804052f8:	1e842783          	lw	a5,488(s0)
804052fc:	0785                	add	a5,a5,1
804052fe:	1ef42423          	sw	a5,488(s0)
80405302:	40f2                	lw	ra,28(sp)
80405304:	4462                	lw	s0,24(sp)
80405306:	44d2                	lw	s1,20(sp)
80405308:	49b2                	lw	s3,12(sp)
8040530a:	4a22                	lw	s4,8(sp)
8040530c:	4a92                	lw	s5,4(sp)
8040530e:	4b02                	lw	s6,0(sp)
80405310:	854a                	mv	a0,s2
80405312:	4942                	lw	s2,16(sp)
80405314:	6105                	add	sp,sp,32
80405316:	8082                	ret
80405318:	1f042703          	lw	a4,496(s0)
8040531c:	0705                	add	a4,a4,1
8040531e:	1ee42823          	sw	a4,496(s0)
80405322:	fba9                	bnez	a5,80405274 <netfront_send+0x3c>
80405324:	401c                	lw	a5,0(s0)
80405326:	4798                	lw	a4,8(a5)
80405328:	0220000f          	fence	r,r
8040532c:	441c                	lw	a5,8(s0)
8040532e:	00e78a63          	beq	a5,a4,80405342 <netfront_send+0x10a>
80405332:	8522                	mv	a0,s0
80405334:	b97ff0ef          	jal	80404eca <tx_gc>
80405338:	403c                	lw	a5,64(s0)
8040533a:	eb85                	bnez	a5,8040536a <netfront_send+0x132>
8040533c:	0a842783          	lw	a5,168(s0)
80405340:	b7cd                	j	80405322 <netfront_send+0xea>
80405342:	4018                	lw	a4,0(s0)
80405344:	0785                	add	a5,a5,1
80405346:	c75c                	sw	a5,12(a4)
80405348:	0330000f          	fence	rw,rw
8040534c:	401c                	lw	a5,0(s0)
8040534e:	479c                	lw	a5,8(a5)
80405350:	0220000f          	fence	r,r
80405354:	4418                	lw	a4,8(s0)
80405356:	fcf71ee3          	bne	a4,a5,80405332 <netfront_send+0xfa>
8040535a:	1e442783          	lw	a5,484(s0)
8040535e:	9782                	jalr	a5
80405360:	8522                	mv	a0,s0
80405362:	b69ff0ef          	jal	80404eca <tx_gc>
80405366:	403c                	lw	a5,64(s0)
80405368:	dbf1                	beqz	a5,8040533c <netfront_send+0x104>
8040536a:	5979                	li	s2,-2
8040536c:	bf59                	j	80405302 <netfront_send+0xca>
8040536e:	5408                	lw	a0,40(s0)
80405370:	9b5ff0ef          	jal	80404d24 <evtchn_send>
80405374:	b751                	j	804052f8 <netfront_send+0xc0>
80405376:	5929                	li	s2,-22
80405378:	b769                	j	80405302 <netfront_send+0xca>

8040537a <netfront_connect>:
8040537a:	7139                	add	sp,sp,-64
8040537c:	d84a                	sw	s2,48(sp)
8040537e:	d452                	sw	s4,40(sp)
80405380:	892e                	mv	s2,a1
80405382:	8a32                	mv	s4,a2
80405384:	4581                	li	a1,0
80405386:	20000613          	li	a2,512
8040538a:	de06                	sw	ra,60(sp)
8040538c:	dc22                	sw	s0,56(sp)
8040538e:	da26                	sw	s1,52(sp)
80405390:	d64e                	sw	s3,44(sp)
80405392:	d256                	sw	s5,36(sp)
80405394:	d05a                	sw	s6,32(sp)
80405396:	84aa                	mv	s1,a0
80405398:	8b36                	mv	s6,a3
8040539a:	8aba                	mv	s5,a4
8040539c:	89be                	mv	s3,a5
8040539e:	ce5e                	sw	s7,28(sp)
804053a0:	ac4fd0ef          	jal	80402664 <memset>
804053a4:	03448593          	add	a1,s1,52
804053a8:	854a                	mv	a0,s2
804053aa:	d73ff0ef          	jal	8040511c <netfront_probe>
804053ae:	842a                	mv	s0,a0
804053b0:	10054a63          	bltz	a0,804054c4 <netfront_connect+0x14a>
804053b4:	000a2603          	lw	a2,0(s4)
804053b8:	4705                	li	a4,1
804053ba:	1f34a223          	sw	s3,484(s1)
804053be:	1d64ae23          	sw	s6,476(s1)
804053c2:	1f54a023          	sw	s5,480(s1)
804053c6:	008a2983          	lw	s3,8(s4)
804053ca:	01060793          	add	a5,a2,16
804053ce:	c258                	sw	a4,4(a2)
804053d0:	c658                	sw	a4,12(a2)
804053d2:	00062023          	sw	zero,0(a2)
804053d6:	00062423          	sw	zero,8(a2)
804053da:	04060713          	add	a4,a2,64
804053de:	0007a023          	sw	zero,0(a5)
804053e2:	0791                	add	a5,a5,4
804053e4:	fee79de3          	bne	a5,a4,804053de <netfront_connect+0x64>
804053e8:	4785                	li	a5,1
804053ea:	00f9a223          	sw	a5,4(s3)
804053ee:	00f9a623          	sw	a5,12(s3)
804053f2:	0009a023          	sw	zero,0(s3)
804053f6:	0009a423          	sw	zero,8(s3)
804053fa:	01098793          	add	a5,s3,16
804053fe:	04098713          	add	a4,s3,64
80405402:	0007a023          	sw	zero,0(a5)
80405406:	0791                	add	a5,a5,4
80405408:	fee79de3          	bne	a5,a4,80405402 <netfront_connect+0x88>
8040540c:	10000793          	li	a5,256
80405410:	c4dc                	sw	a5,12(s1)
80405412:	4731                	li	a4,12
80405414:	d09c                	sw	a5,32(s1)
80405416:	47a1                	li	a5,8
80405418:	c090                	sw	a2,0(s1)
8040541a:	0004a223          	sw	zero,4(s1)
8040541e:	0004a423          	sw	zero,8(s1)
80405422:	c898                	sw	a4,16(s1)
80405424:	0134aa23          	sw	s3,20(s1)
80405428:	0004ac23          	sw	zero,24(s1)
8040542c:	0004ae23          	sw	zero,28(s1)
80405430:	d0dc                	sw	a5,36(s1)
80405432:	010a0a93          	add	s5,s4,16
80405436:	04848b13          	add	s6,s1,72
8040543a:	030a0b93          	add	s7,s4,48
8040543e:	000aa783          	lw	a5,0(s5)
80405442:	020aa583          	lw	a1,32(s5)
80405446:	4605                	li	a2,1
80405448:	00fb2023          	sw	a5,0(s6)
8040544c:	4501                	li	a0,0
8040544e:	9fdff0ef          	jal	80404e4a <gnttab_grant_access>
80405452:	842a                	mv	s0,a0
80405454:	0a91                	add	s5,s5,4
80405456:	06054763          	bltz	a0,804054c4 <netfront_connect+0x14a>
8040545a:	02ab2023          	sw	a0,32(s6)
8040545e:	0b11                	add	s6,s6,4
80405460:	fd7a9fe3          	bne	s5,s7,8040543e <netfront_connect+0xc4>
80405464:	0a84a583          	lw	a1,168(s1)
80405468:	6641                	lui	a2,0x10
8040546a:	47bd                	li	a5,15
8040546c:	04458713          	add	a4,a1,68
80405470:	0706                	sll	a4,a4,0x1
80405472:	9726                	add	a4,a4,s1
80405474:	167d                	add	a2,a2,-1 # ffff <_entry-0x803f0001>
80405476:	fff78693          	add	a3,a5,-1
8040547a:	00f71023          	sh	a5,0(a4)
8040547e:	01069793          	sll	a5,a3,0x10
80405482:	83c1                	srl	a5,a5,0x10
80405484:	0709                	add	a4,a4,2
80405486:	fec798e3          	bne	a5,a2,80405476 <netfront_connect+0xfc>
8040548a:	05c1                	add	a1,a1,16
8040548c:	0ab4a423          	sw	a1,168(s1)
80405490:	050a0a93          	add	s5,s4,80
80405494:	0bc48b13          	add	s6,s1,188
80405498:	0d0a0b93          	add	s7,s4,208
8040549c:	a031                	j	804054a8 <netfront_connect+0x12e>
8040549e:	08ab2023          	sw	a0,128(s6)
804054a2:	0b11                	add	s6,s6,4
804054a4:	035b8c63          	beq	s7,s5,804054dc <netfront_connect+0x162>
804054a8:	000aa783          	lw	a5,0(s5)
804054ac:	080aa583          	lw	a1,128(s5)
804054b0:	4601                	li	a2,0
804054b2:	00fb2023          	sw	a5,0(s6)
804054b6:	4501                	li	a0,0
804054b8:	993ff0ef          	jal	80404e4a <gnttab_grant_access>
804054bc:	842a                	mv	s0,a0
804054be:	0a91                	add	s5,s5,4
804054c0:	fc055fe3          	bgez	a0,8040549e <netfront_connect+0x124>
804054c4:	50f2                	lw	ra,60(sp)
804054c6:	8522                	mv	a0,s0
804054c8:	5462                	lw	s0,56(sp)
804054ca:	54d2                	lw	s1,52(sp)
804054cc:	5942                	lw	s2,48(sp)
804054ce:	59b2                	lw	s3,44(sp)
804054d0:	5a22                	lw	s4,40(sp)
804054d2:	5a92                	lw	s5,36(sp)
804054d4:	5b02                	lw	s6,32(sp)
804054d6:	4bf2                	lw	s7,28(sp)
804054d8:	6121                	add	sp,sp,64
804054da:	8082                	ret
804054dc:	004a2583          	lw	a1,4(s4)
804054e0:	4601                	li	a2,0
804054e2:	4501                	li	a0,0
804054e4:	967ff0ef          	jal	80404e4a <gnttab_grant_access>
804054e8:	842a                	mv	s0,a0
804054ea:	fc054de3          	bltz	a0,804054c4 <netfront_connect+0x14a>
804054ee:	00ca2583          	lw	a1,12(s4)
804054f2:	4601                	li	a2,0
804054f4:	d4c8                	sw	a0,44(s1)
804054f6:	4501                	li	a0,0
804054f8:	953ff0ef          	jal	80404e4a <gnttab_grant_access>
804054fc:	842a                	mv	s0,a0
804054fe:	fc0543e3          	bltz	a0,804054c4 <netfront_connect+0x14a>
80405502:	0204a803          	lw	a6,32(s1)
80405506:	0144ae03          	lw	t3,20(s1)
8040550a:	4c88                	lw	a0,24(s1)
8040550c:	0244a303          	lw	t1,36(s1)
80405510:	d880                	sw	s0,48(s1)
80405512:	187d                	add	a6,a6,-1
80405514:	13c48693          	add	a3,s1,316
80405518:	4701                	li	a4,0
8040551a:	4a05                	li	s4,1
8040551c:	02000893          	li	a7,32
80405520:	00a707b3          	add	a5,a4,a0
80405524:	0107f7b3          	and	a5,a5,a6
80405528:	026787b3          	mul	a5,a5,t1
8040552c:	428c                	lw	a1,0(a3)
8040552e:	00e48633          	add	a2,s1,a4
80405532:	0691                	add	a3,a3,4
80405534:	04078793          	add	a5,a5,64
80405538:	97f2                	add	a5,a5,t3
8040553a:	00e79023          	sh	a4,0(a5)
8040553e:	00079123          	sh	zero,2(a5)
80405542:	c3cc                	sw	a1,4(a5)
80405544:	1b460e23          	sb	s4,444(a2)
80405548:	0705                	add	a4,a4,1
8040554a:	fd171be3          	bne	a4,a7,80405520 <netfront_connect+0x1a6>
8040554e:	02050513          	add	a0,a0,32
80405552:	cc88                	sw	a0,24(s1)
80405554:	0110000f          	fence	w,w
80405558:	4c9c                	lw	a5,24(s1)
8040555a:	02848593          	add	a1,s1,40
8040555e:	4501                	li	a0,0
80405560:	00f9a023          	sw	a5,0(s3)
80405564:	80dff0ef          	jal	80404d70 <evtchn_alloc_unbound>
80405568:	842a                	mv	s0,a0
8040556a:	f4054de3          	bltz	a0,804054c4 <netfront_connect+0x14a>
8040556e:	5488                	lw	a0,40(s1)
80405570:	804055b7          	lui	a1,0x80405
80405574:	8626                	mv	a2,s1
80405576:	10858593          	add	a1,a1,264 # 80405108 <netfront_event>
8040557a:	ea6ff0ef          	jal	80404c20 <evtchn_bind>
8040557e:	842a                	mv	s0,a0
80405580:	f131                	bnez	a0,804054c4 <netfront_connect+0x14a>
80405582:	54d0                	lw	a2,44(s1)
80405584:	804075b7          	lui	a1,0x80407
80405588:	ab458593          	add	a1,a1,-1356 # 80406ab4 <names.0+0x58c>
8040558c:	854a                	mv	a0,s2
8040558e:	2d09                	jal	80405ba0 <xs_write_u32>
80405590:	842a                	mv	s0,a0
80405592:	f90d                	bnez	a0,804054c4 <netfront_connect+0x14a>
80405594:	5890                	lw	a2,48(s1)
80405596:	804075b7          	lui	a1,0x80407
8040559a:	ad058593          	add	a1,a1,-1328 # 80406ad0 <names.0+0x5a8>
8040559e:	854a                	mv	a0,s2
804055a0:	2501                	jal	80405ba0 <xs_write_u32>
804055a2:	842a                	mv	s0,a0
804055a4:	f105                	bnez	a0,804054c4 <netfront_connect+0x14a>
804055a6:	5490                	lw	a2,40(s1)
804055a8:	804075b7          	lui	a1,0x80407
804055ac:	aec58593          	add	a1,a1,-1300 # 80406aec <names.0+0x5c4>
804055b0:	854a                	mv	a0,s2
804055b2:	23fd                	jal	80405ba0 <xs_write_u32>
804055b4:	842a                	mv	s0,a0
804055b6:	f00517e3          	bnez	a0,804054c4 <netfront_connect+0x14a>
804055ba:	804075b7          	lui	a1,0x80407
804055be:	460d                	li	a2,3
804055c0:	b0858593          	add	a1,a1,-1272 # 80406b08 <names.0+0x5e0>
804055c4:	854a                	mv	a0,s2
804055c6:	2be9                	jal	80405ba0 <xs_write_u32>
804055c8:	c602                	sw	zero,12(sp)
804055ca:	842a                	mv	s0,a0
804055cc:	ee051ce3          	bnez	a0,804054c4 <netfront_connect+0x14a>
804055d0:	804075b7          	lui	a1,0x80407
804055d4:	0070                	add	a2,sp,12
804055d6:	b1c58593          	add	a1,a1,-1252 # 80406b1c <names.0+0x5f4>
804055da:	854a                	mv	a0,s2
804055dc:	29f1                	jal	80405ab8 <xs_read_u32>
804055de:	842a                	mv	s0,a0
804055e0:	ee0512e3          	bnez	a0,804054c4 <netfront_connect+0x14a>
804055e4:	4732                	lw	a4,12(sp)
804055e6:	4791                	li	a5,4
804055e8:	00f71863          	bne	a4,a5,804055f8 <netfront_connect+0x27e>
804055ec:	0344ae23          	sw	s4,60(s1)
804055f0:	8526                	mv	a0,s1
804055f2:	c35ff0ef          	jal	80405226 <netfront_poll>
804055f6:	b5f9                	j	804054c4 <netfront_connect+0x14a>
804055f8:	5429                	li	s0,-22
804055fa:	b5e9                	j	804054c4 <netfront_connect+0x14a>

804055fc <pvcons_init>:
804055fc:	c10c                	sw	a1,0(a0)
804055fe:	c150                	sw	a2,4(a0)
80405600:	c514                	sw	a3,8(a0)
80405602:	8082                	ret

80405604 <pvcons_put>:
80405604:	00052803          	lw	a6,0(a0)
80405608:	6785                	lui	a5,0x1
8040560a:	00f80733          	add	a4,a6,a5
8040560e:	c0872503          	lw	a0,-1016(a4)
80405612:	c0c72883          	lw	a7,-1012(a4)
80405616:	0330000f          	fence	rw,rw
8040561a:	80078793          	add	a5,a5,-2048 # 800 <_entry-0x803ff800>
8040561e:	953e                	add	a0,a0,a5
80405620:	41150533          	sub	a0,a0,a7
80405624:	02a7ee63          	bltu	a5,a0,80405660 <pvcons_put+0x5c>
80405628:	04a66463          	bltu	a2,a0,80405670 <pvcons_put+0x6c>
8040562c:	c11d                	beqz	a0,80405652 <pvcons_put+0x4e>
8040562e:	872e                	mv	a4,a1
80405630:	00a58633          	add	a2,a1,a0
80405634:	40b885b3          	sub	a1,a7,a1
80405638:	00074683          	lbu	a3,0(a4)
8040563c:	00e587b3          	add	a5,a1,a4
80405640:	7ff7f793          	and	a5,a5,2047
80405644:	97c2                	add	a5,a5,a6
80405646:	40d78023          	sb	a3,1024(a5)
8040564a:	0705                	add	a4,a4,1
8040564c:	fec716e3          	bne	a4,a2,80405638 <pvcons_put+0x34>
80405650:	98aa                	add	a7,a7,a0
80405652:	0110000f          	fence	w,w
80405656:	6785                	lui	a5,0x1
80405658:	983e                	add	a6,a6,a5
8040565a:	c1182623          	sw	a7,-1012(a6)
8040565e:	8082                	ret
80405660:	4501                	li	a0,0
80405662:	0110000f          	fence	w,w
80405666:	6785                	lui	a5,0x1
80405668:	983e                	add	a6,a6,a5
8040566a:	c1182623          	sw	a7,-1012(a6)
8040566e:	8082                	ret
80405670:	8532                	mv	a0,a2
80405672:	fd55                	bnez	a0,8040562e <pvcons_put+0x2a>
80405674:	bff9                	j	80405652 <pvcons_put+0x4e>

80405676 <pvcons_notify>:
80405676:	4148                	lw	a0,4(a0)
80405678:	eacff06f          	j	80404d24 <evtchn_send>

8040567c <pvcons_drain>:
8040567c:	411c                	lw	a5,0(a0)
8040567e:	1141                	add	sp,sp,-16
80405680:	c226                	sw	s1,4(sp)
80405682:	6485                	lui	s1,0x1
80405684:	97a6                	add	a5,a5,s1
80405686:	c0c7a703          	lw	a4,-1012(a5) # c0c <_entry-0x803ff3f4>
8040568a:	c087a783          	lw	a5,-1016(a5)
8040568e:	c606                	sw	ra,12(sp)
80405690:	c422                	sw	s0,8(sp)
80405692:	02f70163          	beq	a4,a5,804056b4 <pvcons_drain+0x38>
80405696:	842a                	mv	s0,a0
80405698:	4148                	lw	a0,4(a0)
8040569a:	e8aff0ef          	jal	80404d24 <evtchn_send>
8040569e:	a019                	j	804056a4 <pvcons_drain+0x28>
804056a0:	441c                	lw	a5,8(s0)
804056a2:	9782                	jalr	a5
804056a4:	401c                	lw	a5,0(s0)
804056a6:	97a6                	add	a5,a5,s1
804056a8:	c0c7a703          	lw	a4,-1012(a5)
804056ac:	c087a783          	lw	a5,-1016(a5)
804056b0:	fef718e3          	bne	a4,a5,804056a0 <pvcons_drain+0x24>
804056b4:	40b2                	lw	ra,12(sp)
804056b6:	4422                	lw	s0,8(sp)
804056b8:	4492                	lw	s1,4(sp)
804056ba:	0141                	add	sp,sp,16
804056bc:	8082                	ret

804056be <pvcons_input_pending>:
804056be:	4118                	lw	a4,0(a0)
804056c0:	6785                	lui	a5,0x1
804056c2:	973e                	add	a4,a4,a5
804056c4:	c0472783          	lw	a5,-1020(a4)
804056c8:	c0072703          	lw	a4,-1024(a4)
804056cc:	8f99                	sub	a5,a5,a4
804056ce:	4017b513          	sltiu	a0,a5,1025
804056d2:	40a00533          	neg	a0,a0
804056d6:	8d7d                	and	a0,a0,a5
804056d8:	8082                	ret

804056da <pvcons_read>:
804056da:	4114                	lw	a3,0(a0)
804056dc:	6785                	lui	a5,0x1
804056de:	1141                	add	sp,sp,-16
804056e0:	97b6                	add	a5,a5,a3
804056e2:	c007a803          	lw	a6,-1024(a5) # c00 <_entry-0x803ff400>
804056e6:	c422                	sw	s0,8(sp)
804056e8:	c047a403          	lw	s0,-1020(a5)
804056ec:	c606                	sw	ra,12(sp)
804056ee:	41040433          	sub	s0,s0,a6
804056f2:	0220000f          	fence	r,r
804056f6:	40000793          	li	a5,1024
804056fa:	0487e663          	bltu	a5,s0,80405746 <pvcons_read+0x6c>
804056fe:	04866263          	bltu	a2,s0,80405742 <pvcons_read+0x68>
80405702:	c81d                	beqz	s0,80405738 <pvcons_read+0x5e>
80405704:	872e                	mv	a4,a1
80405706:	40e80633          	sub	a2,a6,a4
8040570a:	95a2                	add	a1,a1,s0
8040570c:	00e607b3          	add	a5,a2,a4
80405710:	3ff7f793          	and	a5,a5,1023
80405714:	97b6                	add	a5,a5,a3
80405716:	0007c783          	lbu	a5,0(a5)
8040571a:	0705                	add	a4,a4,1
8040571c:	fef70fa3          	sb	a5,-1(a4)
80405720:	feb716e3          	bne	a4,a1,8040570c <pvcons_read+0x32>
80405724:	0330000f          	fence	rw,rw
80405728:	6785                	lui	a5,0x1
8040572a:	9822                	add	a6,a6,s0
8040572c:	96be                	add	a3,a3,a5
8040572e:	c106a023          	sw	a6,-1024(a3)
80405732:	4148                	lw	a0,4(a0)
80405734:	df0ff0ef          	jal	80404d24 <evtchn_send>
80405738:	40b2                	lw	ra,12(sp)
8040573a:	8522                	mv	a0,s0
8040573c:	4422                	lw	s0,8(sp)
8040573e:	0141                	add	sp,sp,16
80405740:	8082                	ret
80405742:	8432                	mv	s0,a2
80405744:	bf7d                	j	80405702 <pvcons_read+0x28>
80405746:	4401                	li	s0,0
80405748:	40b2                	lw	ra,12(sp)
8040574a:	8522                	mv	a0,s0
8040574c:	4422                	lw	s0,8(sp)
8040574e:	0141                	add	sp,sp,16
80405750:	8082                	ret

80405752 <xs_talk>:
80405752:	710d                	add	sp,sp,-352
80405754:	15312623          	sw	s3,332(sp)
80405758:	15412423          	sw	s4,328(sp)
8040575c:	13a12823          	sw	s10,304(sp)
80405760:	89be                	mv	s3,a5
80405762:	8d36                	mv	s10,a3
80405764:	14112e23          	sw	ra,348(sp)
80405768:	96be                	add	a3,a3,a5
8040576a:	14812c23          	sw	s0,344(sp)
8040576e:	14912a23          	sw	s1,340(sp)
80405772:	15212823          	sw	s2,336(sp)
80405776:	15512223          	sw	s5,324(sp)
8040577a:	15612023          	sw	s6,320(sp)
8040577e:	13712e23          	sw	s7,316(sp)
80405782:	13812c23          	sw	s8,312(sp)
80405786:	13912a23          	sw	s9,308(sp)
8040578a:	13b12623          	sw	s11,300(sp)
8040578e:	10000793          	li	a5,256
80405792:	00052a03          	lw	s4,0(a0)
80405796:	28d7e863          	bltu	a5,a3,80405a26 <xs_talk+0x2d4>
8040579a:	451c                	lw	a5,8(a0)
8040579c:	6485                	lui	s1,0x1
8040579e:	94d2                	add	s1,s1,s4
804057a0:	0785                	add	a5,a5,1 # 1001 <_entry-0x803fefff>
804057a2:	c51c                	sw	a5,8(a0)
804057a4:	8044ab83          	lw	s7,-2044(s1) # 804 <_entry-0x803ff7fc>
804057a8:	8c3a                	mv	s8,a4
804057aa:	8004a703          	lw	a4,-2048(s1)
804057ae:	3f000d93          	li	s11,1008
804057b2:	c23e                	sw	a5,4(sp)
804057b4:	c02e                	sw	a1,0(sp)
804057b6:	c402                	sw	zero,8(sp)
804057b8:	c636                	sw	a3,12(sp)
804057ba:	40dd8db3          	sub	s11,s11,a3
804057be:	40eb87b3          	sub	a5,s7,a4
804057c2:	842a                	mv	s0,a0
804057c4:	8b2e                	mv	s6,a1
804057c6:	8cb2                	mv	s9,a2
804057c8:	8942                	mv	s2,a6
804057ca:	8ac6                	mv	s5,a7
804057cc:	00fdfd63          	bgeu	s11,a5,804057e6 <xs_talk+0x94>
804057d0:	4048                	lw	a0,4(s0)
804057d2:	d52ff0ef          	jal	80404d24 <evtchn_send>
804057d6:	445c                	lw	a5,12(s0)
804057d8:	9782                	jalr	a5
804057da:	8004a783          	lw	a5,-2048(s1)
804057de:	40fb87b3          	sub	a5,s7,a5
804057e2:	fefde7e3          	bltu	s11,a5,804057d0 <xs_talk+0x7e>
804057e6:	0330000f          	fence	rw,rw
804057ea:	4010                	lw	a2,0(s0)
804057ec:	870a                	mv	a4,sp
804057ee:	0804                	add	s1,sp,16
804057f0:	40eb85b3          	sub	a1,s7,a4
804057f4:	00074683          	lbu	a3,0(a4)
804057f8:	00e587b3          	add	a5,a1,a4
804057fc:	3ff7f793          	and	a5,a5,1023
80405800:	97b2                	add	a5,a5,a2
80405802:	00d78023          	sb	a3,0(a5)
80405806:	0705                	add	a4,a4,1
80405808:	fee496e3          	bne	s1,a4,804057f4 <xs_talk+0xa2>
8040580c:	419b86b3          	sub	a3,s7,s9
80405810:	87e6                	mv	a5,s9
80405812:	010d0513          	add	a0,s10,16
80405816:	9cea                	add	s9,s9,s10
80405818:	06c1                	add	a3,a3,16
8040581a:	0007c703          	lbu	a4,0(a5)
8040581e:	00f685b3          	add	a1,a3,a5
80405822:	3ff5f593          	and	a1,a1,1023
80405826:	95b2                	add	a1,a1,a2
80405828:	00e58023          	sb	a4,0(a1)
8040582c:	0785                	add	a5,a5,1
8040582e:	ff9796e3          	bne	a5,s9,8040581a <xs_talk+0xc8>
80405832:	87e2                	mv	a5,s8
80405834:	9baa                	add	s7,s7,a0
80405836:	9c4e                	add	s8,s8,s3
80405838:	40fb85b3          	sub	a1,s7,a5
8040583c:	00098e63          	beqz	s3,80405858 <xs_talk+0x106>
80405840:	0007c703          	lbu	a4,0(a5)
80405844:	00f586b3          	add	a3,a1,a5
80405848:	3ff6f693          	and	a3,a3,1023
8040584c:	96b2                	add	a3,a3,a2
8040584e:	00e68023          	sb	a4,0(a3)
80405852:	0785                	add	a5,a5,1
80405854:	ff8796e3          	bne	a5,s8,80405840 <xs_talk+0xee>
80405858:	9bce                	add	s7,s7,s3
8040585a:	0110000f          	fence	w,w
8040585e:	6d05                	lui	s10,0x1
80405860:	9d52                	add	s10,s10,s4
80405862:	817d2223          	sw	s7,-2044(s10) # 804 <_entry-0x803ff7fc>
80405866:	4048                	lw	a0,4(s0)
80405868:	cbcff0ef          	jal	80404d24 <evtchn_send>
8040586c:	808d2503          	lw	a0,-2040(s10)
80405870:	80cd2683          	lw	a3,-2036(s10)
80405874:	8e89                	sub	a3,a3,a0
80405876:	0220000f          	fence	r,r
8040587a:	40000793          	li	a5,1024
8040587e:	02d7e963          	bltu	a5,a3,804058b0 <xs_talk+0x15e>
80405882:	02010c93          	add	s9,sp,32
80405886:	4bc1                	li	s7,16
80405888:	49bd                	li	s3,15
8040588a:	10000c13          	li	s8,256
8040588e:	419b8bb3          	sub	s7,s7,s9
80405892:	40000a13          	li	s4,1024
80405896:	04d9ea63          	bltu	s3,a3,804058ea <xs_talk+0x198>
8040589a:	445c                	lw	a5,12(s0)
8040589c:	9782                	jalr	a5
8040589e:	808d2503          	lw	a0,-2040(s10)
804058a2:	80cd2683          	lw	a3,-2036(s10)
804058a6:	8e89                	sub	a3,a3,a0
804058a8:	0220000f          	fence	r,r
804058ac:	feda75e3          	bgeu	s4,a3,80405896 <xs_talk+0x144>
804058b0:	5549                	li	a0,-14
804058b2:	15c12083          	lw	ra,348(sp)
804058b6:	15812403          	lw	s0,344(sp)
804058ba:	15412483          	lw	s1,340(sp)
804058be:	15012903          	lw	s2,336(sp)
804058c2:	14c12983          	lw	s3,332(sp)
804058c6:	14812a03          	lw	s4,328(sp)
804058ca:	14412a83          	lw	s5,324(sp)
804058ce:	14012b03          	lw	s6,320(sp)
804058d2:	13c12b83          	lw	s7,316(sp)
804058d6:	13812c03          	lw	s8,312(sp)
804058da:	13412c83          	lw	s9,308(sp)
804058de:	13012d03          	lw	s10,304(sp)
804058e2:	12c12d83          	lw	s11,300(sp)
804058e6:	6135                	add	sp,sp,352
804058e8:	8082                	ret
804058ea:	4010                	lw	a2,0(s0)
804058ec:	8726                	mv	a4,s1
804058ee:	409505b3          	sub	a1,a0,s1
804058f2:	00e587b3          	add	a5,a1,a4
804058f6:	3ff7f793          	and	a5,a5,1023
804058fa:	97b2                	add	a5,a5,a2
804058fc:	4007c783          	lbu	a5,1024(a5)
80405900:	0705                	add	a4,a4,1
80405902:	fef70fa3          	sb	a5,-1(a4)
80405906:	ff9716e3          	bne	a4,s9,804058f2 <xs_talk+0x1a0>
8040590a:	47f2                	lw	a5,28(sp)
8040590c:	fafc62e3          	bltu	s8,a5,804058b0 <xs_talk+0x15e>
80405910:	01078713          	add	a4,a5,16
80405914:	f8e6e3e3          	bltu	a3,a4,8040589a <xs_talk+0x148>
80405918:	019785b3          	add	a1,a5,s9
8040591c:	8766                	mv	a4,s9
8040591e:	00ab86b3          	add	a3,s7,a0
80405922:	cf89                	beqz	a5,8040593c <xs_talk+0x1ea>
80405924:	00e687b3          	add	a5,a3,a4
80405928:	3ff7f793          	and	a5,a5,1023
8040592c:	97b2                	add	a5,a5,a2
8040592e:	4007c783          	lbu	a5,1024(a5)
80405932:	0705                	add	a4,a4,1
80405934:	fef70fa3          	sb	a5,-1(a4)
80405938:	feb716e3          	bne	a4,a1,80405924 <xs_talk+0x1d2>
8040593c:	0330000f          	fence	rw,rw
80405940:	4df2                	lw	s11,28(sp)
80405942:	010d8793          	add	a5,s11,16
80405946:	97aa                	add	a5,a5,a0
80405948:	80fd2423          	sw	a5,-2040(s10)
8040594c:	4048                	lw	a0,4(s0)
8040594e:	bd6ff0ef          	jal	80404d24 <evtchn_send>
80405952:	4752                	lw	a4,20(sp)
80405954:	4792                	lw	a5,4(sp)
80405956:	f4f714e3          	bne	a4,a5,8040589e <xs_talk+0x14c>
8040595a:	47c2                	lw	a5,16(sp)
8040595c:	4741                	li	a4,16
8040595e:	02e78a63          	beq	a5,a4,80405992 <xs_talk+0x240>
80405962:	5529                	li	a0,-22
80405964:	f56797e3          	bne	a5,s6,804058b2 <xs_talk+0x160>
80405968:	020d8363          	beqz	s11,8040598e <xs_talk+0x23c>
8040596c:	020a8163          	beqz	s5,8040598e <xs_talk+0x23c>
80405970:	fffd8713          	add	a4,s11,-1
80405974:	974a                	add	a4,a4,s2
80405976:	9aca                	add	s5,s5,s2
80405978:	a021                	j	80405980 <xs_talk+0x22e>
8040597a:	0905                	add	s2,s2,1
8040597c:	01590963          	beq	s2,s5,8040598e <xs_talk+0x23c>
80405980:	000cc783          	lbu	a5,0(s9)
80405984:	0c85                	add	s9,s9,1
80405986:	00f90023          	sb	a5,0(s2)
8040598a:	fee918e3          	bne	s2,a4,8040597a <xs_talk+0x228>
8040598e:	856e                	mv	a0,s11
80405990:	b70d                	j	804058b2 <xs_talk+0x160>
80405992:	80407337          	lui	t1,0x80407
80405996:	b8830f13          	add	t5,t1,-1144 # 80406b88 <names.0>
8040599a:	04500793          	li	a5,69
8040599e:	b8830313          	add	t1,t1,-1144
804059a2:	00032583          	lw	a1,0(t1)
804059a6:	4e01                	li	t3,0
804059a8:	4ead                	li	t4,11
804059aa:	cbb9                	beqz	a5,80405a00 <xs_talk+0x2ae>
804059ac:	4681                	li	a3,0
804059ae:	88b6                	mv	a7,a3
804059b0:	0685                	add	a3,a3,1
804059b2:	00d587b3          	add	a5,a1,a3
804059b6:	0007c783          	lbu	a5,0(a5)
804059ba:	fbf5                	bnez	a5,804059ae <xs_talk+0x25c>
804059bc:	020d8763          	beqz	s11,804059ea <xs_talk+0x298>
804059c0:	8666                	mv	a2,s9
804059c2:	a031                	j	804059ce <xs_talk+0x27c>
804059c4:	02f88f63          	beq	a7,a5,80405a02 <xs_talk+0x2b0>
804059c8:	02ed8163          	beq	s11,a4,804059ea <xs_talk+0x298>
804059cc:	87ba                	mv	a5,a4
804059ce:	00f58733          	add	a4,a1,a5
804059d2:	00064803          	lbu	a6,0(a2)
804059d6:	00074503          	lbu	a0,0(a4)
804059da:	0605                	add	a2,a2,1
804059dc:	00178713          	add	a4,a5,1
804059e0:	fea802e3          	beq	a6,a0,804059c4 <xs_talk+0x272>
804059e4:	8736                	mv	a4,a3
804059e6:	00f68e63          	beq	a3,a5,80405a02 <xs_talk+0x2b0>
804059ea:	0e05                	add	t3,t3,1
804059ec:	0321                	add	t1,t1,8
804059ee:	03de0a63          	beq	t3,t4,80405a22 <xs_talk+0x2d0>
804059f2:	00032783          	lw	a5,0(t1)
804059f6:	00032583          	lw	a1,0(t1)
804059fa:	0007c783          	lbu	a5,0(a5)
804059fe:	f7dd                	bnez	a5,804059ac <xs_talk+0x25a>
80405a00:	4701                	li	a4,0
80405a02:	00ed8963          	beq	s11,a4,80405a14 <xs_talk+0x2c2>
80405a06:	12070793          	add	a5,a4,288
80405a0a:	00278733          	add	a4,a5,sp
80405a0e:	f0074783          	lbu	a5,-256(a4)
80405a12:	ffe1                	bnez	a5,804059ea <xs_talk+0x298>
80405a14:	0e0e                	sll	t3,t3,0x3
80405a16:	9f72                	add	t5,t5,t3
80405a18:	004f2503          	lw	a0,4(t5)
80405a1c:	40a00533          	neg	a0,a0
80405a20:	bd49                	j	804058b2 <xs_talk+0x160>
80405a22:	5529                	li	a0,-22
80405a24:	b579                	j	804058b2 <xs_talk+0x160>
80405a26:	5565                	li	a0,-7
80405a28:	b569                	j	804058b2 <xs_talk+0x160>

80405a2a <xs_read.part.0>:
80405a2a:	1141                	add	sp,sp,-16
80405a2c:	c422                	sw	s0,8(sp)
80405a2e:	c226                	sw	s1,4(sp)
80405a30:	c606                	sw	ra,12(sp)
80405a32:	0005c783          	lbu	a5,0(a1)
80405a36:	84b2                	mv	s1,a2
80405a38:	8436                	mv	s0,a3
80405a3a:	c3b5                	beqz	a5,80405a9e <xs_read.part.0+0x74>
80405a3c:	4781                	li	a5,0
80405a3e:	833e                	mv	t1,a5
80405a40:	0785                	add	a5,a5,1
80405a42:	00f58733          	add	a4,a1,a5
80405a46:	00074703          	lbu	a4,0(a4)
80405a4a:	fb75                	bnez	a4,80405a3e <xs_read.part.0+0x14>
80405a4c:	00230693          	add	a3,t1,2
80405a50:	147d                	add	s0,s0,-1
80405a52:	862e                	mv	a2,a1
80405a54:	88a2                	mv	a7,s0
80405a56:	8826                	mv	a6,s1
80405a58:	4781                	li	a5,0
80405a5a:	4701                	li	a4,0
80405a5c:	4589                	li	a1,2
80405a5e:	cf5ff0ef          	jal	80405752 <xs_talk>
80405a62:	00054963          	bltz	a0,80405a74 <xs_read.part.0+0x4a>
80405a66:	87aa                	mv	a5,a0
80405a68:	02a46463          	bltu	s0,a0,80405a90 <xs_read.part.0+0x66>
80405a6c:	4501                	li	a0,0
80405a6e:	eb81                	bnez	a5,80405a7e <xs_read.part.0+0x54>
80405a70:	00048023          	sb	zero,0(s1)
80405a74:	40b2                	lw	ra,12(sp)
80405a76:	4422                	lw	s0,8(sp)
80405a78:	4492                	lw	s1,4(sp)
80405a7a:	0141                	add	sp,sp,16
80405a7c:	8082                	ret
80405a7e:	fff78513          	add	a0,a5,-1
80405a82:	00a48733          	add	a4,s1,a0
80405a86:	00074683          	lbu	a3,0(a4)
80405a8a:	e699                	bnez	a3,80405a98 <xs_read.part.0+0x6e>
80405a8c:	84ba                	mv	s1,a4
80405a8e:	b7cd                	j	80405a70 <xs_read.part.0+0x46>
80405a90:	87a2                	mv	a5,s0
80405a92:	4501                	li	a0,0
80405a94:	dff1                	beqz	a5,80405a70 <xs_read.part.0+0x46>
80405a96:	b7e5                	j	80405a7e <xs_read.part.0+0x54>
80405a98:	94be                	add	s1,s1,a5
80405a9a:	853e                	mv	a0,a5
80405a9c:	bfd1                	j	80405a70 <xs_read.part.0+0x46>
80405a9e:	4685                	li	a3,1
80405aa0:	bf45                	j	80405a50 <xs_read.part.0+0x26>

80405aa2 <xs_init>:
80405aa2:	c10c                	sw	a1,0(a0)
80405aa4:	c150                	sw	a2,4(a0)
80405aa6:	00052423          	sw	zero,8(a0)
80405aaa:	c554                	sw	a3,12(a0)
80405aac:	8082                	ret

80405aae <xs_read>:
80405aae:	c299                	beqz	a3,80405ab4 <xs_read+0x6>
80405ab0:	f7bff06f          	j	80405a2a <xs_read.part.0>
80405ab4:	5529                	li	a0,-22
80405ab6:	8082                	ret

80405ab8 <xs_read_u32>:
80405ab8:	1101                	add	sp,sp,-32
80405aba:	cc22                	sw	s0,24(sp)
80405abc:	46c1                	li	a3,16
80405abe:	8432                	mv	s0,a2
80405ac0:	860a                	mv	a2,sp
80405ac2:	ce06                	sw	ra,28(sp)
80405ac4:	f67ff0ef          	jal	80405a2a <xs_read.part.0>
80405ac8:	06054163          	bltz	a0,80405b2a <xs_read_u32+0x72>
80405acc:	cd31                	beqz	a0,80405b28 <xs_read_u32+0x70>
80405ace:	47a9                	li	a5,10
80405ad0:	04a7cc63          	blt	a5,a0,80405b28 <xs_read_u32+0x70>
80405ad4:	880a                	mv	a6,sp
80405ad6:	4881                	li	a7,0
80405ad8:	4781                	li	a5,0
80405ada:	4601                	li	a2,0
80405adc:	4325                	li	t1,9
80405ade:	a029                	j	80405ae8 <xs_read_u32+0x30>
80405ae0:	9636                	add	a2,a2,a3
80405ae2:	0805                	add	a6,a6,1
80405ae4:	04a8d763          	bge	a7,a0,80405b32 <xs_read_u32+0x7a>
80405ae8:	01e7d693          	srl	a3,a5,0x1e
80405aec:	00279713          	sll	a4,a5,0x2
80405af0:	00261593          	sll	a1,a2,0x2
80405af4:	97ba                	add	a5,a5,a4
80405af6:	8dd5                	or	a1,a1,a3
80405af8:	00084683          	lbu	a3,0(a6)
80405afc:	95b2                	add	a1,a1,a2
80405afe:	00e7b733          	sltu	a4,a5,a4
80405b02:	972e                	add	a4,a4,a1
80405b04:	fd068693          	add	a3,a3,-48
80405b08:	01f7d613          	srl	a2,a5,0x1f
80405b0c:	0706                	sll	a4,a4,0x1
80405b0e:	0786                	sll	a5,a5,0x1
80405b10:	8f51                	or	a4,a4,a2
80405b12:	97b6                	add	a5,a5,a3
80405b14:	41f6d613          	sra	a2,a3,0x1f
80405b18:	0ff6f593          	zext.b	a1,a3
80405b1c:	963a                	add	a2,a2,a4
80405b1e:	00d7b6b3          	sltu	a3,a5,a3
80405b22:	0885                	add	a7,a7,1
80405b24:	fab37ee3          	bgeu	t1,a1,80405ae0 <xs_read_u32+0x28>
80405b28:	5529                	li	a0,-22
80405b2a:	40f2                	lw	ra,28(sp)
80405b2c:	4462                	lw	s0,24(sp)
80405b2e:	6105                	add	sp,sp,32
80405b30:	8082                	ret
80405b32:	fa7d                	bnez	a2,80405b28 <xs_read_u32+0x70>
80405b34:	40f2                	lw	ra,28(sp)
80405b36:	c01c                	sw	a5,0(s0)
80405b38:	4462                	lw	s0,24(sp)
80405b3a:	4501                	li	a0,0
80405b3c:	6105                	add	sp,sp,32
80405b3e:	8082                	ret

80405b40 <xs_write>:
80405b40:	1101                	add	sp,sp,-32
80405b42:	ce06                	sw	ra,28(sp)
80405b44:	0005c783          	lbu	a5,0(a1)
80405b48:	8732                	mv	a4,a2
80405b4a:	c7a9                	beqz	a5,80405b94 <xs_write+0x54>
80405b4c:	4781                	li	a5,0
80405b4e:	86be                	mv	a3,a5
80405b50:	0785                	add	a5,a5,1
80405b52:	00f58833          	add	a6,a1,a5
80405b56:	00084803          	lbu	a6,0(a6)
80405b5a:	fe081ae3          	bnez	a6,80405b4e <xs_write+0xe>
80405b5e:	00074783          	lbu	a5,0(a4)
80405b62:	0689                	add	a3,a3,2
80405b64:	cf85                	beqz	a5,80405b9c <xs_write+0x5c>
80405b66:	4781                	li	a5,0
80405b68:	0785                	add	a5,a5,1
80405b6a:	00f70833          	add	a6,a4,a5
80405b6e:	00084803          	lbu	a6,0(a6)
80405b72:	fe081be3          	bnez	a6,80405b68 <xs_write+0x28>
80405b76:	00c10813          	add	a6,sp,12
80405b7a:	862e                	mv	a2,a1
80405b7c:	4891                	li	a7,4
80405b7e:	45ad                	li	a1,11
80405b80:	bd3ff0ef          	jal	80405752 <xs_talk>
80405b84:	40f2                	lw	ra,28(sp)
80405b86:	00152793          	slti	a5,a0,1
80405b8a:	40f007b3          	neg	a5,a5
80405b8e:	8d7d                	and	a0,a0,a5
80405b90:	6105                	add	sp,sp,32
80405b92:	8082                	ret
80405b94:	00074783          	lbu	a5,0(a4)
80405b98:	4685                	li	a3,1
80405b9a:	f7f1                	bnez	a5,80405b66 <xs_write+0x26>
80405b9c:	4781                	li	a5,0
80405b9e:	bfe1                	j	80405b76 <xs_write+0x36>

80405ba0 <xs_write_u32>:
80405ba0:	1101                	add	sp,sp,-32
80405ba2:	87b2                	mv	a5,a2
80405ba4:	ce06                	sw	ra,28(sp)
80405ba6:	00010723          	sb	zero,14(sp)
80405baa:	00e10613          	add	a2,sp,14
80405bae:	46a9                	li	a3,10
80405bb0:	48a5                	li	a7,9
80405bb2:	02d7f733          	remu	a4,a5,a3
80405bb6:	167d                	add	a2,a2,-1
80405bb8:	883e                	mv	a6,a5
80405bba:	03070713          	add	a4,a4,48
80405bbe:	00e60023          	sb	a4,0(a2)
80405bc2:	02d7d7b3          	divu	a5,a5,a3
80405bc6:	ff08e6e3          	bltu	a7,a6,80405bb2 <xs_write_u32+0x12>
80405bca:	f77ff0ef          	jal	80405b40 <xs_write>
80405bce:	40f2                	lw	ra,28(sp)
80405bd0:	6105                	add	sp,sp,32
80405bd2:	8082                	ret

80405bd4 <swtch>:
80405bd4:	00152023          	sw	ra,0(a0)
80405bd8:	00252223          	sw	sp,4(a0)
80405bdc:	c500                	sw	s0,8(a0)
80405bde:	c544                	sw	s1,12(a0)
80405be0:	01252823          	sw	s2,16(a0)
80405be4:	01352a23          	sw	s3,20(a0)
80405be8:	01452c23          	sw	s4,24(a0)
80405bec:	01552e23          	sw	s5,28(a0)
80405bf0:	03652023          	sw	s6,32(a0)
80405bf4:	03752223          	sw	s7,36(a0)
80405bf8:	03852423          	sw	s8,40(a0)
80405bfc:	03952623          	sw	s9,44(a0)
80405c00:	03a52823          	sw	s10,48(a0)
80405c04:	03b52a23          	sw	s11,52(a0)
80405c08:	0005a083          	lw	ra,0(a1)
80405c0c:	0045a103          	lw	sp,4(a1)
80405c10:	4580                	lw	s0,8(a1)
80405c12:	45c4                	lw	s1,12(a1)
80405c14:	0105a903          	lw	s2,16(a1)
80405c18:	0145a983          	lw	s3,20(a1)
80405c1c:	0185aa03          	lw	s4,24(a1)
80405c20:	01c5aa83          	lw	s5,28(a1)
80405c24:	0205ab03          	lw	s6,32(a1)
80405c28:	0245ab83          	lw	s7,36(a1)
80405c2c:	0285ac03          	lw	s8,40(a1)
80405c30:	02c5ac83          	lw	s9,44(a1)
80405c34:	0305ad03          	lw	s10,48(a1)
80405c38:	0345ad83          	lw	s11,52(a1)
80405c3c:	8082                	ret

80405c3e <__ctzsi2>:
80405c3e:	40a007b3          	neg	a5,a0
80405c42:	8d7d                	and	a0,a0,a5
80405c44:	67c1                	lui	a5,0x10
80405c46:	02f57363          	bgeu	a0,a5,80405c6c <__ctzsi2+0x2e>
80405c4a:	10053793          	sltiu	a5,a0,256
80405c4e:	0017c793          	xor	a5,a5,1
80405c52:	078e                	sll	a5,a5,0x3
80405c54:	00f55533          	srl	a0,a0,a5
80405c58:	00022717          	auipc	a4,0x22
80405c5c:	34070713          	add	a4,a4,832 # 80427f98 <__clz_tab>
80405c60:	972a                	add	a4,a4,a0
80405c62:	00074503          	lbu	a0,0(a4)
80405c66:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80405c68:	953e                	add	a0,a0,a5
80405c6a:	8082                	ret
80405c6c:	01000737          	lui	a4,0x1000
80405c70:	47c1                	li	a5,16
80405c72:	fee561e3          	bltu	a0,a4,80405c54 <__ctzsi2+0x16>
80405c76:	47e1                	li	a5,24
80405c78:	bff1                	j	80405c54 <__ctzsi2+0x16>

80405c7a <__udivdi3>:
80405c7a:	88aa                	mv	a7,a0
80405c7c:	832e                	mv	t1,a1
80405c7e:	8732                	mv	a4,a2
80405c80:	882a                	mv	a6,a0
80405c82:	87ae                	mv	a5,a1
80405c84:	20069663          	bnez	a3,80405e90 <__udivdi3+0x216>
80405c88:	00022597          	auipc	a1,0x22
80405c8c:	31058593          	add	a1,a1,784 # 80427f98 <__clz_tab>
80405c90:	0cc37163          	bgeu	t1,a2,80405d52 <__udivdi3+0xd8>
80405c94:	66c1                	lui	a3,0x10
80405c96:	0ad67763          	bgeu	a2,a3,80405d44 <__udivdi3+0xca>
80405c9a:	10063693          	sltiu	a3,a2,256
80405c9e:	0016c693          	xor	a3,a3,1
80405ca2:	068e                	sll	a3,a3,0x3
80405ca4:	00d65533          	srl	a0,a2,a3
80405ca8:	95aa                	add	a1,a1,a0
80405caa:	0005c583          	lbu	a1,0(a1)
80405cae:	02000513          	li	a0,32
80405cb2:	96ae                	add	a3,a3,a1
80405cb4:	40d505b3          	sub	a1,a0,a3
80405cb8:	00d50b63          	beq	a0,a3,80405cce <__udivdi3+0x54>
80405cbc:	00b317b3          	sll	a5,t1,a1
80405cc0:	00d8d6b3          	srl	a3,a7,a3
80405cc4:	00b61733          	sll	a4,a2,a1
80405cc8:	8fd5                	or	a5,a5,a3
80405cca:	00b89833          	sll	a6,a7,a1
80405cce:	01075593          	srl	a1,a4,0x10
80405cd2:	02b7d333          	divu	t1,a5,a1
80405cd6:	01071613          	sll	a2,a4,0x10
80405cda:	8241                	srl	a2,a2,0x10
80405cdc:	02b7f7b3          	remu	a5,a5,a1
80405ce0:	851a                	mv	a0,t1
80405ce2:	026608b3          	mul	a7,a2,t1
80405ce6:	01079693          	sll	a3,a5,0x10
80405cea:	01085793          	srl	a5,a6,0x10
80405cee:	8fd5                	or	a5,a5,a3
80405cf0:	0117fc63          	bgeu	a5,a7,80405d08 <__udivdi3+0x8e>
80405cf4:	97ba                	add	a5,a5,a4
80405cf6:	fff30513          	add	a0,t1,-1
80405cfa:	00e7e763          	bltu	a5,a4,80405d08 <__udivdi3+0x8e>
80405cfe:	0117f563          	bgeu	a5,a7,80405d08 <__udivdi3+0x8e>
80405d02:	ffe30513          	add	a0,t1,-2
80405d06:	97ba                	add	a5,a5,a4
80405d08:	411787b3          	sub	a5,a5,a7
80405d0c:	02b7d8b3          	divu	a7,a5,a1
80405d10:	0842                	sll	a6,a6,0x10
80405d12:	01085813          	srl	a6,a6,0x10
80405d16:	02b7f7b3          	remu	a5,a5,a1
80405d1a:	031606b3          	mul	a3,a2,a7
80405d1e:	07c2                	sll	a5,a5,0x10
80405d20:	00f86833          	or	a6,a6,a5
80405d24:	87c6                	mv	a5,a7
80405d26:	00d87b63          	bgeu	a6,a3,80405d3c <__udivdi3+0xc2>
80405d2a:	983a                	add	a6,a6,a4
80405d2c:	fff88793          	add	a5,a7,-1
80405d30:	00e86663          	bltu	a6,a4,80405d3c <__udivdi3+0xc2>
80405d34:	00d87463          	bgeu	a6,a3,80405d3c <__udivdi3+0xc2>
80405d38:	ffe88793          	add	a5,a7,-2
80405d3c:	0542                	sll	a0,a0,0x10
80405d3e:	8d5d                	or	a0,a0,a5
80405d40:	4581                	li	a1,0
80405d42:	8082                	ret
80405d44:	01000537          	lui	a0,0x1000
80405d48:	46c1                	li	a3,16
80405d4a:	f4a66de3          	bltu	a2,a0,80405ca4 <__udivdi3+0x2a>
80405d4e:	46e1                	li	a3,24
80405d50:	bf91                	j	80405ca4 <__udivdi3+0x2a>
80405d52:	4681                	li	a3,0
80405d54:	ca09                	beqz	a2,80405d66 <__udivdi3+0xec>
80405d56:	67c1                	lui	a5,0x10
80405d58:	08f67f63          	bgeu	a2,a5,80405df6 <__udivdi3+0x17c>
80405d5c:	10063693          	sltiu	a3,a2,256
80405d60:	0016c693          	xor	a3,a3,1
80405d64:	068e                	sll	a3,a3,0x3
80405d66:	00d657b3          	srl	a5,a2,a3
80405d6a:	95be                	add	a1,a1,a5
80405d6c:	0005c783          	lbu	a5,0(a1)
80405d70:	97b6                	add	a5,a5,a3
80405d72:	02000693          	li	a3,32
80405d76:	40f685b3          	sub	a1,a3,a5
80405d7a:	08f69563          	bne	a3,a5,80405e04 <__udivdi3+0x18a>
80405d7e:	40c307b3          	sub	a5,t1,a2
80405d82:	4585                	li	a1,1
80405d84:	01075893          	srl	a7,a4,0x10
80405d88:	0317de33          	divu	t3,a5,a7
80405d8c:	01071613          	sll	a2,a4,0x10
80405d90:	8241                	srl	a2,a2,0x10
80405d92:	01085693          	srl	a3,a6,0x10
80405d96:	0317f7b3          	remu	a5,a5,a7
80405d9a:	8572                	mv	a0,t3
80405d9c:	03c60333          	mul	t1,a2,t3
80405da0:	07c2                	sll	a5,a5,0x10
80405da2:	8fd5                	or	a5,a5,a3
80405da4:	0067fc63          	bgeu	a5,t1,80405dbc <__udivdi3+0x142>
80405da8:	97ba                	add	a5,a5,a4
80405daa:	fffe0513          	add	a0,t3,-1
80405dae:	00e7e763          	bltu	a5,a4,80405dbc <__udivdi3+0x142>
80405db2:	0067f563          	bgeu	a5,t1,80405dbc <__udivdi3+0x142>
80405db6:	ffee0513          	add	a0,t3,-2
80405dba:	97ba                	add	a5,a5,a4
80405dbc:	406787b3          	sub	a5,a5,t1
80405dc0:	0317d333          	divu	t1,a5,a7
80405dc4:	0842                	sll	a6,a6,0x10
80405dc6:	01085813          	srl	a6,a6,0x10
80405dca:	0317f7b3          	remu	a5,a5,a7
80405dce:	026606b3          	mul	a3,a2,t1
80405dd2:	07c2                	sll	a5,a5,0x10
80405dd4:	00f86833          	or	a6,a6,a5
80405dd8:	879a                	mv	a5,t1
80405dda:	00d87b63          	bgeu	a6,a3,80405df0 <__udivdi3+0x176>
80405dde:	983a                	add	a6,a6,a4
80405de0:	fff30793          	add	a5,t1,-1
80405de4:	00e86663          	bltu	a6,a4,80405df0 <__udivdi3+0x176>
80405de8:	00d87463          	bgeu	a6,a3,80405df0 <__udivdi3+0x176>
80405dec:	ffe30793          	add	a5,t1,-2
80405df0:	0542                	sll	a0,a0,0x10
80405df2:	8d5d                	or	a0,a0,a5
80405df4:	8082                	ret
80405df6:	010007b7          	lui	a5,0x1000
80405dfa:	46c1                	li	a3,16
80405dfc:	f6f665e3          	bltu	a2,a5,80405d66 <__udivdi3+0xec>
80405e00:	46e1                	li	a3,24
80405e02:	b795                	j	80405d66 <__udivdi3+0xec>
80405e04:	00b61733          	sll	a4,a2,a1
80405e08:	00f356b3          	srl	a3,t1,a5
80405e0c:	01075513          	srl	a0,a4,0x10
80405e10:	00b31333          	sll	t1,t1,a1
80405e14:	00f8d7b3          	srl	a5,a7,a5
80405e18:	0067e7b3          	or	a5,a5,t1
80405e1c:	02a6d333          	divu	t1,a3,a0
80405e20:	01071613          	sll	a2,a4,0x10
80405e24:	8241                	srl	a2,a2,0x10
80405e26:	00b89833          	sll	a6,a7,a1
80405e2a:	02a6f6b3          	remu	a3,a3,a0
80405e2e:	026608b3          	mul	a7,a2,t1
80405e32:	01069593          	sll	a1,a3,0x10
80405e36:	0107d693          	srl	a3,a5,0x10
80405e3a:	8ecd                	or	a3,a3,a1
80405e3c:	859a                	mv	a1,t1
80405e3e:	0116fc63          	bgeu	a3,a7,80405e56 <__udivdi3+0x1dc>
80405e42:	96ba                	add	a3,a3,a4
80405e44:	fff30593          	add	a1,t1,-1
80405e48:	00e6e763          	bltu	a3,a4,80405e56 <__udivdi3+0x1dc>
80405e4c:	0116f563          	bgeu	a3,a7,80405e56 <__udivdi3+0x1dc>
80405e50:	ffe30593          	add	a1,t1,-2
80405e54:	96ba                	add	a3,a3,a4
80405e56:	411686b3          	sub	a3,a3,a7
80405e5a:	02a6d8b3          	divu	a7,a3,a0
80405e5e:	07c2                	sll	a5,a5,0x10
80405e60:	83c1                	srl	a5,a5,0x10
80405e62:	02a6f6b3          	remu	a3,a3,a0
80405e66:	03160633          	mul	a2,a2,a7
80405e6a:	06c2                	sll	a3,a3,0x10
80405e6c:	8fd5                	or	a5,a5,a3
80405e6e:	86c6                	mv	a3,a7
80405e70:	00c7fc63          	bgeu	a5,a2,80405e88 <__udivdi3+0x20e>
80405e74:	97ba                	add	a5,a5,a4
80405e76:	fff88693          	add	a3,a7,-1
80405e7a:	00e7e763          	bltu	a5,a4,80405e88 <__udivdi3+0x20e>
80405e7e:	00c7f563          	bgeu	a5,a2,80405e88 <__udivdi3+0x20e>
80405e82:	ffe88693          	add	a3,a7,-2
80405e86:	97ba                	add	a5,a5,a4
80405e88:	05c2                	sll	a1,a1,0x10
80405e8a:	8f91                	sub	a5,a5,a2
80405e8c:	8dd5                	or	a1,a1,a3
80405e8e:	bddd                	j	80405d84 <__udivdi3+0x10a>
80405e90:	14d5e163          	bltu	a1,a3,80405fd2 <__udivdi3+0x358>
80405e94:	67c1                	lui	a5,0x10
80405e96:	02f6ff63          	bgeu	a3,a5,80405ed4 <__udivdi3+0x25a>
80405e9a:	1006b713          	sltiu	a4,a3,256
80405e9e:	00174713          	xor	a4,a4,1
80405ea2:	070e                	sll	a4,a4,0x3
80405ea4:	00e6d5b3          	srl	a1,a3,a4
80405ea8:	00022797          	auipc	a5,0x22
80405eac:	0f078793          	add	a5,a5,240 # 80427f98 <__clz_tab>
80405eb0:	97ae                	add	a5,a5,a1
80405eb2:	0007c783          	lbu	a5,0(a5)
80405eb6:	97ba                	add	a5,a5,a4
80405eb8:	02000713          	li	a4,32
80405ebc:	40f705b3          	sub	a1,a4,a5
80405ec0:	02f71163          	bne	a4,a5,80405ee2 <__udivdi3+0x268>
80405ec4:	4505                	li	a0,1
80405ec6:	e666eee3          	bltu	a3,t1,80405d42 <__udivdi3+0xc8>
80405eca:	00c8b533          	sltu	a0,a7,a2
80405ece:	00154513          	xor	a0,a0,1
80405ed2:	8082                	ret
80405ed4:	010007b7          	lui	a5,0x1000
80405ed8:	4741                	li	a4,16
80405eda:	fcf6e5e3          	bltu	a3,a5,80405ea4 <__udivdi3+0x22a>
80405ede:	4761                	li	a4,24
80405ee0:	b7d1                	j	80405ea4 <__udivdi3+0x22a>
80405ee2:	00f65733          	srl	a4,a2,a5
80405ee6:	00b696b3          	sll	a3,a3,a1
80405eea:	8ed9                	or	a3,a3,a4
80405eec:	00f35733          	srl	a4,t1,a5
80405ef0:	00b31333          	sll	t1,t1,a1
80405ef4:	00f8d7b3          	srl	a5,a7,a5
80405ef8:	0067e7b3          	or	a5,a5,t1
80405efc:	0106d313          	srl	t1,a3,0x10
80405f00:	02675eb3          	divu	t4,a4,t1
80405f04:	01069813          	sll	a6,a3,0x10
80405f08:	01085813          	srl	a6,a6,0x10
80405f0c:	00b61633          	sll	a2,a2,a1
80405f10:	02677733          	remu	a4,a4,t1
80405f14:	03d80e33          	mul	t3,a6,t4
80405f18:	01071513          	sll	a0,a4,0x10
80405f1c:	0107d713          	srl	a4,a5,0x10
80405f20:	8f49                	or	a4,a4,a0
80405f22:	8576                	mv	a0,t4
80405f24:	01c77c63          	bgeu	a4,t3,80405f3c <__udivdi3+0x2c2>
80405f28:	9736                	add	a4,a4,a3
80405f2a:	fffe8513          	add	a0,t4,-1
80405f2e:	00d76763          	bltu	a4,a3,80405f3c <__udivdi3+0x2c2>
80405f32:	01c77563          	bgeu	a4,t3,80405f3c <__udivdi3+0x2c2>
80405f36:	ffee8513          	add	a0,t4,-2
80405f3a:	9736                	add	a4,a4,a3
80405f3c:	41c70733          	sub	a4,a4,t3
80405f40:	02675e33          	divu	t3,a4,t1
80405f44:	07c2                	sll	a5,a5,0x10
80405f46:	83c1                	srl	a5,a5,0x10
80405f48:	02677733          	remu	a4,a4,t1
80405f4c:	03c80833          	mul	a6,a6,t3
80405f50:	0742                	sll	a4,a4,0x10
80405f52:	8fd9                	or	a5,a5,a4
80405f54:	8772                	mv	a4,t3
80405f56:	0107fc63          	bgeu	a5,a6,80405f6e <__udivdi3+0x2f4>
80405f5a:	97b6                	add	a5,a5,a3
80405f5c:	fffe0713          	add	a4,t3,-1
80405f60:	00d7e763          	bltu	a5,a3,80405f6e <__udivdi3+0x2f4>
80405f64:	0107f563          	bgeu	a5,a6,80405f6e <__udivdi3+0x2f4>
80405f68:	ffee0713          	add	a4,t3,-2
80405f6c:	97b6                	add	a5,a5,a3
80405f6e:	0542                	sll	a0,a0,0x10
80405f70:	6e41                	lui	t3,0x10
80405f72:	8d59                	or	a0,a0,a4
80405f74:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
80405f78:	00d57733          	and	a4,a0,a3
80405f7c:	410787b3          	sub	a5,a5,a6
80405f80:	8ef1                	and	a3,a3,a2
80405f82:	01055813          	srl	a6,a0,0x10
80405f86:	8241                	srl	a2,a2,0x10
80405f88:	02d70333          	mul	t1,a4,a3
80405f8c:	02d806b3          	mul	a3,a6,a3
80405f90:	02c70733          	mul	a4,a4,a2
80405f94:	02c80833          	mul	a6,a6,a2
80405f98:	00d70633          	add	a2,a4,a3
80405f9c:	01035713          	srl	a4,t1,0x10
80405fa0:	9732                	add	a4,a4,a2
80405fa2:	00d77363          	bgeu	a4,a3,80405fa8 <__udivdi3+0x32e>
80405fa6:	9872                	add	a6,a6,t3
80405fa8:	01075693          	srl	a3,a4,0x10
80405fac:	96c2                	add	a3,a3,a6
80405fae:	02d7e063          	bltu	a5,a3,80405fce <__udivdi3+0x354>
80405fb2:	d8d797e3          	bne	a5,a3,80405d40 <__udivdi3+0xc6>
80405fb6:	67c1                	lui	a5,0x10
80405fb8:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80405fba:	8f7d                	and	a4,a4,a5
80405fbc:	0742                	sll	a4,a4,0x10
80405fbe:	00f37333          	and	t1,t1,a5
80405fc2:	00b898b3          	sll	a7,a7,a1
80405fc6:	971a                	add	a4,a4,t1
80405fc8:	4581                	li	a1,0
80405fca:	d6e8fce3          	bgeu	a7,a4,80405d42 <__udivdi3+0xc8>
80405fce:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80405fd0:	bb85                	j	80405d40 <__udivdi3+0xc6>
80405fd2:	4581                	li	a1,0
80405fd4:	4501                	li	a0,0
80405fd6:	8082                	ret
